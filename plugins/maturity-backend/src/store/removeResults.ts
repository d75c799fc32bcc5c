import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
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
 * Deletes the current results (entity, domain levels, check results) of
 * entities under a model, in one transaction; history stays.
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
        TABLES.checkResults,
        TABLES.domainLevels,
        TABLES.entities,
      ]) {
        await tx(table)
          .where('model_id', modelId)
          .whereIn('entity_ref', refs)
          .delete();
      }
    }
  });
}

async function deleteValuesNotIn(
  tx: Knex.Transaction,
  table: string,
  column: string,
  modelId: string,
  keep: readonly string[],
): Promise<number> {
  const kept = new Set(keep);
  const stored: Array<Record<string, string>> = await tx(table)
    .where('model_id', modelId)
    .distinct(column);
  const stale = stored.map(row => row[column]).filter(v => !kept.has(v));
  let deleted = 0;
  for (const values of chunk(stale, WHERE_IN_CHUNK)) {
    deleted += await tx(table)
      .where('model_id', modelId)
      .whereIn(column, values)
      .delete();
  }
  return deleted;
}

/**
 * Deletes stored check results whose check is not among `checkIds` and
 * domain levels whose domain is not among `domainIds`, under a model, in one
 * transaction. Stale ids are found in memory, so the lists may be of any
 * length. Returns the number of rows deleted (check results and domain
 * levels together). When anything is deleted, the input hashes of the
 * model's entities are cleared so that the next evaluation compares rows.
 */
export async function deleteChecksNotIn(
  db: Knex,
  modelId: string,
  checkIds: readonly string[],
  domainIds: readonly string[],
): Promise<number> {
  return db.transaction(async tx => {
    const checks = await deleteValuesNotIn(
      tx,
      TABLES.checkResults,
      'check_id',
      modelId,
      checkIds,
    );
    const domains = await deleteValuesNotIn(
      tx,
      TABLES.domainLevels,
      'domain_id',
      modelId,
      domainIds,
    );
    if (checks + domains > 0) {
      // the next evaluation of every entity is compared row by row
      await tx(TABLES.entities)
        .where('model_id', modelId)
        .update({ input_hash: null });
    }
    return checks + domains;
  });
}
