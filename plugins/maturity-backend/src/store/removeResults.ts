import type { Knex } from 'knex';
import { createHash } from 'node:crypto';
import { decodeCheckDocument, encodeCheckDocument } from './checkDocument';
import { readCheckPlacements, placementsIdOf } from './checkPlacements';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { deleteOutagesOfRemovedEntities } from './evidenceOutages';
import type { EntityChecksRow } from './rows';
import { TABLES } from './tables';

/** Refs of every entity with stored results under a model, sorted. */
export async function listEvaluatedEntityRefs(
  db: Knex,
  modelId: string,
): Promise<string[]> {
  const rows: Array<{ entity_ref: string }> = await db(TABLES.entities)
    .where('model_id', modelId)
    .orderBy('entity_ref')
    .select('entity_ref');
  return rows.map(r => r.entity_ref);
}

/**
 * Deletes the current results (entity, domain levels, check results,
 * indicator samples) of entities under a model, in one transaction; history
 * stays. Their evidence outages go too once no model has results for them.
 */
export async function deleteEntities(
  db: Knex,
  modelId: string,
  entityRefs: readonly string[],
): Promise<void> {
  if (entityRefs.length === 0) {
    return;
  }
  await db.transaction(async tx => {
    for (const refs of chunk([...new Set(entityRefs)], WHERE_IN_CHUNK)) {
      for (const table of [
        TABLES.entityChecks,
        TABLES.indicatorSamples,
        TABLES.domainLevels,
        TABLES.entities,
      ]) {
        await tx(table)
          .where('model_id', modelId)
          .whereIn('entity_ref', refs)
          .delete();
      }
    }
    await deleteOutagesOfRemovedEntities(tx, [...new Set(entityRefs)]);
  });
}

async function deleteDomainsNotIn(
  tx: Knex.Transaction,
  modelId: string,
  domainIds: readonly string[],
): Promise<number> {
  const kept = new Set(domainIds);
  const stored: Array<{ domain_id: string }> = await tx(TABLES.domainLevels)
    .where('model_id', modelId)
    .distinct('domain_id');
  const stale = stored.map(row => row.domain_id).filter(v => !kept.has(v));
  let deleted = 0;
  for (const values of chunk(stale, WHERE_IN_CHUNK)) {
    deleted += await tx(TABLES.domainLevels)
      .where('model_id', modelId)
      .whereIn('domain_id', values)
      .delete();
  }
  return deleted;
}

/** Removes check results not among `checkIds` from every document of a model. */
async function deleteChecksFromDocuments(
  tx: Knex.Transaction,
  modelId: string,
  checkIds: readonly string[],
): Promise<number> {
  const kept = new Set(checkIds);
  let deleted = 0;
  let after = '';
  for (;;) {
    const rows: EntityChecksRow[] = await tx(TABLES.entityChecks)
      .where('model_id', modelId)
      .where('entity_ref', '>', after)
      .orderBy('entity_ref')
      .limit(WHERE_IN_CHUNK);
    if (rows.length === 0) return deleted;
    const placements = await readCheckPlacements(
      tx,
      rows.map(row => row.checks),
    );
    for (const row of rows) {
      const checks = decodeCheckDocument(row.checks, placements);
      const remaining = checks.filter(c => kept.has(c.checkId));
      if (remaining.length < checks.length) {
        deleted += checks.length - remaining.length;
        await tx(TABLES.entityChecks)
          .where({ model_id: modelId, entity_ref: row.entity_ref })
          .update({
            checks: encodeCheckDocument(remaining, {
              placements: placements.get(placementsIdOf(row.checks) ?? ''),
            }),
          });
      }
    }
    after = rows[rows.length - 1].entity_ref;
  }
}

function idsKey(checkIds: readonly string[], domainIds: readonly string[]) {
  return createHash('sha256')
    .update(JSON.stringify([[...checkIds].sort(), [...domainIds].sort()]))
    .digest('hex');
}

/**
 * Deletes stored check results whose check is not among `checkIds` and
 * domain levels whose domain is not among `domainIds`, under a model, in one
 * transaction, and returns how many were deleted. The lists may be of any
 * length. Stored results are only scanned when the ids differ from those of
 * the last call for the model (`maturity_model_checks`): evaluations write
 * only the checks of the model they ran. When anything is deleted, the input
 * hashes of the model's entities are cleared so that the next evaluation
 * compares rows.
 */
export async function deleteChecksNotIn(
  db: Knex,
  modelId: string,
  checkIds: readonly string[],
  domainIds: readonly string[],
): Promise<number> {
  const key = idsKey(checkIds, domainIds);
  return db.transaction(async tx => {
    const state = await tx(TABLES.modelChecks)
      .where('model_id', modelId)
      .first();
    if (state?.ids_key === key) {
      return 0;
    }
    const deleted =
      (await deleteChecksFromDocuments(tx, modelId, checkIds)) +
      (await deleteDomainsNotIn(tx, modelId, domainIds));
    if (deleted > 0) {
      // the next evaluation of every entity is compared row by row
      await tx(TABLES.entities)
        .where('model_id', modelId)
        .update({ input_hash: null, evidence_digest: null });
    }
    await tx(TABLES.modelChecks)
      .insert({ model_id: modelId, ids_key: key })
      .onConflict('model_id')
      .merge(['ids_key']);
    return deleted;
  });
}
