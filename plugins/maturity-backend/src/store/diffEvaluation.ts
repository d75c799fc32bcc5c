import { CheckToEncode, encodeCheckDocument } from './checkDocument';
import { optionalJson, stableJson } from './json';
import type {
  DomainLevelRow,
  EntityChecksWrite,
  EntityRow,
  LevelHistoryInsert,
} from './rows';
import type { StoredResults } from './readStoredEvaluations';
import type { EntityEvaluationWrite, StoredCheckResult } from './types';

/** What the store holds for one entity under one model. */
export interface StoredEvaluation extends StoredResults {
  entity?: EntityRow;
}

/** The rows to write so that the store holds a new evaluation. */
export interface EvaluationDiff {
  /** Whether any row of the entity changes. */
  changed: boolean;
  /** The entity row to upsert (with the input hash); absent when nothing changed. */
  entity?: EntityRow;
  /** New or changed domain rows. */
  domains: DomainLevelRow[];
  /** Stored domains that the evaluation no longer has. */
  removedDomainIds: string[];
  /** The entity's new check result document; absent when no result changed. */
  checks?: EntityChecksWrite;
  /** Ids of new or changed check results. */
  changedCheckIds: string[];
  /** Stored check results that the evaluation no longer has. */
  removedCheckIds: string[];
  /** One row per changed domain level and changed overall level. */
  history: LevelHistoryInsert[];
}

function sameEntity(a: EntityRow, b: EntityRow): boolean {
  return (
    a.kind === b.kind &&
    a.namespace === b.namespace &&
    a.name === b.name &&
    a.title === b.title &&
    a.spec_type === b.spec_type &&
    a.lifecycle === b.lifecycle &&
    a.owner_ref === b.owner_ref &&
    (a.tags ?? null) === (b.tags ?? null) &&
    sameNumber(a.level, b.level) &&
    sameNumber(a.score, b.score)
  );
}

function sameDomain(a: DomainLevelRow, b: DomainLevelRow): boolean {
  return (
    sameNumber(a.level, b.level) &&
    sameNumber(a.score, b.score) &&
    a.counts === b.counts &&
    a.next_level === b.next_level
  );
}

type NewCheckResult = EntityEvaluationWrite['checks'][number];

function sameCheck(a: StoredCheckResult, b: NewCheckResult): boolean {
  return (
    a.domainId === b.domainId &&
    a.capabilityId === b.capabilityId &&
    a.level === b.level &&
    a.status === b.status &&
    a.message === b.message &&
    a.source === b.source &&
    optionalJson(a.value) === optionalJson(b.value)
  );
}

/** Numbers compare by value; PostgreSQL may return numeric columns as text. */
function sameNumber(
  a: number | string | null,
  b: number | string | null,
): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return Number(a) === Number(b);
}

/**
 * A level change worth a history row: a different level, or a first
 * evaluation (no stored row) with a level. A first evaluation that does not
 * apply (null) is not recorded.
 */
function levelChanged(
  stored: { level: number | null } | undefined,
  level: number | null,
): boolean {
  return stored ? !sameNumber(stored.level, level) : level !== null;
}

function storedLevel(stored: { level: number | null } | undefined) {
  return stored && stored.level !== null ? Number(stored.level) : null;
}

/**
 * Compares a new evaluation of one entity with what is stored and returns
 * only the rows that must be written or removed. Pure.
 *
 * @remarks
 * Check results listed in `keepStoredResultsFor` are neither overwritten nor
 * removed when a stored row exists; without a stored row the new result is
 * inserted. When the same domain or check id occurs twice, the last wins.
 */
export function diffEvaluation(
  write: EntityEvaluationWrite,
  stored: StoredEvaluation,
  now: string,
  inputHash: string | null = null,
  serializedChecks?: string | Buffer,
): EvaluationDiff {
  const modelId = write.modelId;
  const entityRef = write.entity.entityRef;
  const history: LevelHistoryInsert[] = [];
  const historyRow = (
    domainId: string | null,
    level: number | null,
    previous: { level: number | null } | undefined,
    score: number,
  ): LevelHistoryInsert => ({
    entity_ref: entityRef,
    model_id: modelId,
    domain_id: domainId,
    level,
    previous_level: storedLevel(previous),
    score,
    recorded_at: now,
  });

  const domains: DomainLevelRow[] = [];
  const nextDomains = new Map(write.domains.map(d => [d.domainId, d]));
  for (const domain of nextDomains.values()) {
    const row: DomainLevelRow = {
      model_id: modelId,
      entity_ref: entityRef,
      domain_id: domain.domainId,
      level: domain.level,
      score: domain.score,
      counts: stableJson(domain.counts),
      next_level: optionalJson(domain.nextLevel),
      updated_at: now,
    };
    const previous = stored.domains.get(domain.domainId);
    if (!previous || !sameDomain(previous, row)) {
      domains.push(row);
    }
    if (levelChanged(previous, domain.level)) {
      history.push(
        historyRow(domain.domainId, domain.level, previous, domain.score),
      );
    }
  }
  const removedDomainIds = [...stored.domains.keys()].filter(
    id => !nextDomains.has(id),
  );

  const keep = new Set(write.keepStoredResultsFor ?? []);
  // new results carry no time: they changed now
  const document = new Map<string, CheckToEncode>();
  const changedCheckIds: string[] = [];
  const nextChecks = new Map(write.checks.map(c => [c.checkId, c]));
  // whether the document holds exactly the evaluation's results, in order
  let asEvaluated = nextChecks.size === write.checks.length;
  for (const check of nextChecks.values()) {
    const previous = stored.checks.get(check.checkId);
    if (previous && (keep.has(check.checkId) || sameCheck(previous, check))) {
      document.set(check.checkId, previous);
      asEvaluated &&= sameCheck(previous, check);
      continue;
    }
    document.set(
      check.checkId,
      'updatedAt' in check ? { ...check, updatedAt: undefined } : check,
    );
    changedCheckIds.push(check.checkId);
  }
  const removedCheckIds: string[] = [];
  for (const [id, previous] of stored.checks) {
    if (document.has(id)) continue;
    if (keep.has(id)) {
      document.set(id, previous);
      asEvaluated = false;
    } else removedCheckIds.push(id);
  }
  const checksChanged =
    changedCheckIds.length > 0 || removedCheckIds.length > 0;

  const info = write.entity;
  const entityRow: EntityRow = {
    model_id: modelId,
    entity_ref: entityRef,
    kind: info.kind,
    namespace: info.namespace,
    name: info.name,
    title: info.title ?? null,
    spec_type: info.specType ?? null,
    lifecycle: info.lifecycle ?? null,
    owner_ref: info.ownerRef ?? null,
    tags: info.tags?.length ? JSON.stringify(info.tags) : null,
    level: write.level,
    score: write.score,
    evaluated_at: now,
    updated_at: now,
    input_hash: inputHash,
  };
  if (levelChanged(stored.entity, write.level)) {
    history.push(historyRow(null, write.level, stored.entity, write.score));
  }

  const changed =
    !stored.entity ||
    !sameEntity(stored.entity, entityRow) ||
    domains.length > 0 ||
    removedDomainIds.length > 0 ||
    checksChanged;

  return {
    changed,
    entity: changed ? entityRow : undefined,
    domains,
    removedDomainIds,
    checks: checksChanged
      ? {
          model_id: modelId,
          entity_ref: entityRef,
          checks: encodeCheckDocument(document.values(), {
            now,
            serialized: asEvaluated ? serializedChecks : undefined,
            placements: write.placements,
          }),
        }
      : undefined,
    changedCheckIds,
    removedCheckIds,
    history,
  };
}
