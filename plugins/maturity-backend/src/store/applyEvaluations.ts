import type { Knex } from 'knex';
import type { LevelChange } from '../evaluation/levelChanges/LevelChange';
import { serializeChecks } from './checkDocument';
import { CheckPlacements, saveCheckPlacements } from './checkPlacements';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { diffEvaluation, EvaluationDiff } from './diffEvaluation';
import {
  evaluationInputsColumns,
  readEvaluationInputs,
} from './evaluationInputs';
import { EntityOutages, writeEvidenceOutages } from './evidenceOutages';
import { hashEvaluation } from './hashEvaluation';
import {
  IndicatorSamplesWrite,
  writeIndicatorSamples,
} from './indicators/indicatorSamples';
import { lockModelsForWrite } from './lockModelsForWrite';
import { readStoredEntities, readStoredResults } from './readStoredEvaluations';
import type {
  DomainLevelRow,
  EntityChecksWrite,
  EntityRow,
  LevelHistoryInsert,
} from './rows';
import { TABLES } from './tables';
import { toIso } from './time';
import type {
  ApplyEvaluationsResult,
  EntityEvaluationWrite,
  SkippedEvaluation,
} from './types';
import { insertRows, upsertRows } from './writeRows';

/** Everything one model's part of a batch writes. */
interface WritePlan {
  entities: EntityRow[];
  /** Entities evaluated exactly as last time: only `evaluated_at` moves. */
  unchangedRefs: string[];
  /** Entities with unchanged rows but a new input hash. */
  rehashed: Array<{
    entityRef: string;
    hash: string;
    inputs: ReturnType<typeof evaluationInputsColumns>;
  }>;
  /** Stored rows of unchanged entities whose evaluation inputs changed. */
  reinput: EntityRow[];
  domains: DomainLevelRow[];
  removedDomains: Array<{ entityRef: string; ids: string[] }>;
  checks: EntityChecksWrite[];
  history: LevelHistoryInsert[];
}

function emptyPlan(): WritePlan {
  return {
    entities: [],
    unchangedRefs: [],
    rehashed: [],
    reinput: [],
    domains: [],
    removedDomains: [],
    checks: [],
    history: [],
  };
}

function addToPlan(
  plan: WritePlan,
  entityRef: string,
  diff: EvaluationDiff,
): void {
  plan.entities.push(diff.entity!);
  for (const row of diff.domains) {
    plan.domains.push(row);
  }
  if (diff.checks) {
    plan.checks.push(diff.checks);
  }
  for (const row of diff.history) {
    plan.history.push(row);
  }
  if (diff.removedDomainIds.length > 0) {
    plan.removedDomains.push({ entityRef, ids: diff.removedDomainIds });
  }
}

/** A history row as the level change it records, with the entity's catalog facts. */
function toLevelChange(
  row: LevelHistoryInsert,
  write: EntityEvaluationWrite,
): LevelChange {
  const { kind, namespace, name, title, ownerRef } = write.entity;
  return {
    entityRef: row.entity_ref,
    modelId: row.model_id,
    domainId: row.domain_id,
    from: row.previous_level,
    to: row.level === null ? null : Number(row.level),
    at: row.recorded_at,
    entity: { kind, namespace, name, title, ownerRef },
  };
}

/**
 * Adds what a write says about the entity's evidence sources: every model's
 * write of the entity names the same sources, each with its own kept checks.
 */
function addOutages(
  outages: Map<string, EntityOutages>,
  write: EntityEvaluationWrite,
  storedEvaluatedAt: string | undefined,
): void {
  if (!write.evidenceOutages) return;
  const entityRef = write.entity.entityRef;
  let entry = outages.get(entityRef);
  if (!entry) {
    entry = { entityRef, sources: new Map() };
    outages.set(entityRef, entry);
  }
  if (
    storedEvaluatedAt &&
    (!entry.previousEvaluatedAt ||
      storedEvaluatedAt > entry.previousEvaluatedAt)
  ) {
    entry.previousEvaluatedAt = storedEvaluatedAt;
  }
  for (const { source, message, keptChecks } of write.evidenceOutages) {
    const current = entry.sources.get(source) ?? { message, keptChecks: {} };
    if (keptChecks.length > 0) {
      current.keptChecks[write.modelId] = [...new Set(keptChecks)].sort();
    }
    entry.sources.set(source, current);
  }
}

/** The distinct placements the writes' documents refer to. */
function placementsOf(
  writes: readonly EntityEvaluationWrite[],
): Set<CheckPlacements> {
  const placements = new Set<CheckPlacements>();
  for (const write of writes) {
    if (write.placements) placements.add(write.placements);
  }
  return placements;
}

/** Groups writes by model and entity ref; a later write of the same entity wins. */
function groupByModel(
  writes: readonly EntityEvaluationWrite[],
): Map<string, Map<string, EntityEvaluationWrite>> {
  const byModel = new Map<string, Map<string, EntityEvaluationWrite>>();
  for (const write of writes) {
    let byRef = byModel.get(write.modelId);
    if (!byRef) {
      byRef = new Map();
      byModel.set(write.modelId, byRef);
    }
    byRef.set(write.entity.entityRef, write);
  }
  return byModel;
}

async function deleteByEntity(
  tx: Knex.Transaction,
  table: string,
  column: string,
  modelId: string,
  removals: WritePlan['removedDomains'],
): Promise<void> {
  for (const { entityRef, ids } of removals) {
    for (const piece of chunk(ids, WHERE_IN_CHUNK)) {
      await tx(table)
        .where({ model_id: modelId, entity_ref: entityRef })
        .whereIn(column, piece)
        .delete();
    }
  }
}

async function executePlan(
  tx: Knex.Transaction,
  modelId: string,
  plan: WritePlan,
  now: string,
): Promise<void> {
  await upsertRows(tx, TABLES.entities, plan.entities, [
    'model_id',
    'entity_ref',
  ]);
  for (const refs of chunk(plan.unchangedRefs, WHERE_IN_CHUNK)) {
    await tx(TABLES.entities)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs)
      .update({ evaluated_at: now });
  }
  for (const { entityRef, hash, inputs } of plan.rehashed) {
    await tx(TABLES.entities)
      .where({ model_id: modelId, entity_ref: entityRef })
      .update({ evaluated_at: now, input_hash: hash, ...inputs });
  }
  await upsertRows(tx, TABLES.entities, plan.reinput, [
    'model_id',
    'entity_ref',
  ]);
  await upsertRows(tx, TABLES.domainLevels, plan.domains, [
    'model_id',
    'entity_ref',
    'domain_id',
  ]);
  await deleteByEntity(
    tx,
    TABLES.domainLevels,
    'domain_id',
    modelId,
    plan.removedDomains,
  );
  await upsertRows(tx, TABLES.entityChecks, plan.checks, [
    'model_id',
    'entity_ref',
  ]);
  await insertRows(tx, TABLES.levelHistory, plan.history);
}

/**
 * Of the skipped entities, those still holding the evaluation whose inputs
 * they had: another write meanwhile (a refresh) is left alone.
 */
async function stillSkipped(
  tx: Knex.Transaction,
  modelId: string,
  skipped: ReadonlyMap<string, SkippedEvaluation>,
  now: string,
): Promise<string[]> {
  const stored = await readEvaluationInputs(tx, modelId, [...skipped.keys()]);
  return [...skipped.values()]
    .filter(({ entityRef, digest }) => {
      const inputs = stored.get(entityRef);
      return inputs?.digest === digest && inputs.evaluatedAt <= now;
    })
    .map(s => s.entityRef);
}

/**
 * Writes a batch of evaluations in one transaction, touching only what
 * changed.
 *
 * @remarks
 * Per model in the batch: reads the stored entity rows (chunked `whereIn`);
 * an entity whose stored input hash equals the hash of its new evaluation
 * is unchanged without further reads. For the others, reads their domain
 * levels and check result documents, diffs in memory (`diffEvaluation`),
 * then upserts changed and new domain rows, deletes domain levels the
 * evaluation no longer has, rewrites the check result document of entities
 * with a new, changed or removed check result, and appends history. Entities without any change
 * only get `evaluated_at` bumped, in one update per chunk of refs. An entity
 * evaluated later than `now` (the time its evidence was read) keeps that
 * newer evaluation: a full run never overwrites a refresh that happened while
 * it ran. Indicator samples that differ from the stored ones replace them.
 * Any failure rolls back the whole batch. The result lists the level
 * changes written as history rows (from the rows themselves, no extra read).
 * Writes that carry `evidenceOutages` record them for their entities
 * ({@link writeEvidenceOutages}: one read of the page's outages, writes
 * only where a source is or was down). Every write stores its evaluation
 * inputs (`inputs`, null when absent). `skipped` entities were not
 * evaluated (same inputs as their stored evaluation): they only get
 * `evaluated_at` bumped, unless their stored inputs changed meanwhile.
 */
export async function applyEvaluations(
  db: Knex,
  writes: readonly EntityEvaluationWrite[],
  now: Date,
  skipped: readonly SkippedEvaluation[] = [],
): Promise<ApplyEvaluationsResult> {
  const result: ApplyEvaluationsResult = {
    changedEntities: 0,
    changedChecks: 0,
    historyRows: 0,
    levelChanges: [],
  };
  if (writes.length === 0 && skipped.length === 0) {
    return result;
  }
  const nowIso = toIso(now);
  const byModel = groupByModel(writes);
  const skippedByModel = new Map<string, Map<string, SkippedEvaluation>>();
  for (const skip of skipped) {
    if (!byModel.has(skip.modelId)) byModel.set(skip.modelId, new Map());
    let byRef = skippedByModel.get(skip.modelId);
    if (!byRef) {
      byRef = new Map();
      skippedByModel.set(skip.modelId, byRef);
    }
    byRef.set(skip.entityRef, skip);
  }
  // handed out only once the transaction committed
  const levelChanges: LevelChange[] = [];
  const outages = new Map<string, EntityOutages>();

  // what the PostgreSQL driver would do with the text, done once and
  // shared by the digest and the document (see EntityChecksWrite)
  const documentsAsBytes = db.client.dialect === 'postgresql';

  await db.transaction(async tx => {
    await lockModelsForWrite(tx, byModel.keys());
    await saveCheckPlacements(tx, placementsOf(writes));
    for (const [modelId, byRef] of byModel) {
      const plan = emptyPlan();
      const skips = skippedByModel.get(modelId);
      if (skips) {
        plan.unchangedRefs.push(
          ...(await stillSkipped(tx, modelId, skips, nowIso)),
        );
      }
      const storedEntities = await readStoredEntities(tx, modelId, [
        ...byRef.keys(),
      ]);
      const toCompare: Array<{
        write: EntityEvaluationWrite;
        hash: string;
        serializedChecks: string | Buffer;
      }> = [];
      const samples: IndicatorSamplesWrite[] = [];
      for (const [entityRef, write] of byRef) {
        const stored = storedEntities.get(entityRef);
        if (stored && stored.evaluated_at > nowIso) {
          // evaluated since this evidence was read (a refresh meanwhile)
          continue;
        }
        addOutages(outages, write, stored?.evaluated_at);
        if (write.indicatorSamples) {
          samples.push({ entityRef, samples: write.indicatorSamples });
        }
        const text = serializeChecks(write.checks, write.placements);
        // a new entity is written: its bytes serve the digest too; a
        // stored one is most often unchanged, and then needs no bytes
        const bytes =
          documentsAsBytes && !stored?.input_hash
            ? Buffer.from(text)
            : undefined;
        const hash = hashEvaluation(write, bytes ?? text);
        if (stored?.input_hash === hash) {
          const inputs = evaluationInputsColumns(write.inputs);
          if (
            (stored.evidence_digest ?? null) === inputs.evidence_digest &&
            (stored.valid_until ?? null) === inputs.valid_until
          ) {
            plan.unchangedRefs.push(entityRef);
          } else {
            plan.reinput.push({ ...stored, evaluated_at: nowIso, ...inputs });
          }
        } else {
          const serializedChecks =
            bytes ?? (documentsAsBytes ? Buffer.from(text) : text);
          toCompare.push({ write, hash, serializedChecks });
        }
      }
      const storedResults = await readStoredResults(
        tx,
        modelId,
        toCompare.map(c => c.write.entity.entityRef),
      );
      for (const { write, hash, serializedChecks } of toCompare) {
        const entityRef = write.entity.entityRef;
        const diff = diffEvaluation(
          write,
          {
            entity: storedEntities.get(entityRef),
            ...storedResults.get(entityRef)!,
          },
          nowIso,
          hash,
          serializedChecks,
        );
        const inputs = evaluationInputsColumns(write.inputs);
        if (!diff.entity) {
          plan.rehashed.push({ entityRef, hash, inputs });
          continue;
        }
        Object.assign(diff.entity, inputs);
        result.changedEntities += 1;
        result.changedChecks +=
          diff.changedCheckIds.length + diff.removedCheckIds.length;
        result.historyRows += diff.history.length;
        for (const row of diff.history) {
          levelChanges.push(toLevelChange(row, write));
        }
        addToPlan(plan, entityRef, diff);
      }
      await executePlan(tx, modelId, plan, nowIso);
      await writeIndicatorSamples(tx, modelId, samples, nowIso);
    }
    await writeEvidenceOutages(tx, [...outages.values()], nowIso);
  });
  result.levelChanges = levelChanges;
  return result;
}
