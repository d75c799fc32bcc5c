import type {
  IndicatorSamples,
  CheckSource,
  CheckStatus,
  CheckStatusCounts,
  JsonValue,
  MaturityEntityLevel,
  NextLevelRequirement,
} from '@devops-maturity/plugin-maturity-common';
import type { LevelChange } from '../evaluation/levelChanges/LevelChange';
import type { CheckPlacements } from './checkPlacements';

export type {
  AttestationRecord,
  AuditEntry,
  EntityListItem,
  GroupRollup,
  GroupRollupRow,
  LevelAggregate,
  LevelHistoryPoint,
  RollupTrendPoint,
  RunRecord,
  UnownedRollup,
  WaiverRecord,
} from '@devops-maturity/plugin-maturity-common';

/** The stored result of one check for one entity under one model. */
export interface StoredCheckResult {
  checkId: string;
  domainId: string;
  capabilityId: string;
  level: number;
  status: CheckStatus;
  value?: JsonValue;
  message: string;
  source: CheckSource;
  /** When this result last changed (ISO). */
  updatedAt: string;
}

/** The stored level of one domain for one entity. `level` null = not applicable. */
export interface StoredDomainLevel {
  domainId: string;
  level: number | null;
  score: number;
  counts: CheckStatusCounts;
  nextLevel?: NextLevelRequirement;
  updatedAt: string;
}

/**
 * Catalog facts kept with an entity's results, for filtering and rollups;
 * `ownerRef` comes from the entity's ownedBy relation.
 */
export type EvaluatedEntityInfo = Omit<
  MaturityEntityLevel,
  'modelId' | 'level' | 'score' | 'evaluatedAt' | 'updatedAt'
> & {
  /** `metadata.tags`, for campaign scopes. */
  tags?: string[];
};

/** An entity's overall state under one model (the API's record). */
export type StoredEntityLevel = MaturityEntityLevel;

/** Everything stored for one entity under one model. */
export interface StoredScorecard {
  entity: StoredEntityLevel;
  domains: StoredDomainLevel[];
  checks: StoredCheckResult[];
  /** The entity's evidence outages, ordered by source; absent or empty when none. */
  outages?: StoredEvidenceOutage[];
}

/**
 * The outcome of evaluating one entity, to be written. The store compares it
 * with what it holds and writes only rows that changed; a changed domain or
 * overall level appends a history row.
 */
export interface EntityEvaluationWrite {
  modelId: string;
  entity: EvaluatedEntityInfo;
  level: number | null;
  score: number;
  domains: Array<Omit<StoredDomainLevel, 'updatedAt'>>;
  checks: Array<Omit<StoredCheckResult, 'updatedAt'>>;
  /**
   * Where the model puts each check: results of checks placed as they say
   * are stored without their domain, capability and level.
   */
  placements?: CheckPlacements;
  /**
   * Check ids whose evidence source was unavailable: their stored results are
   * kept as they are instead of being overwritten with `unknown`.
   */
  keepStoredResultsFor?: string[];
  /**
   * What the entity contributes to the model's indicators. Stored (replacing
   * the previous samples when they differ) unless absent.
   */
  indicatorSamples?: IndicatorSamples;
  /**
   * The evidence sources that could not be read for the entity, each with
   * the checks of this model that kept an earlier result because of it:
   * recorded as the entity's outages, and outages of sources not listed are
   * removed. Empty when every source was read; absent when the caller does
   * not know (outages are then left as they are).
   */
  evidenceOutages?: EvidenceOutageWrite[];
  /**
   * What the evaluation read and until when it holds, stored so that the
   * next run can skip the entity while they stay the same; absent when
   * unknown (the next run evaluates the entity).
   */
  inputs?: EvaluationInputs;
}

/** The digest of what an evaluation read, and until when its result holds. */
export interface EvaluationInputs {
  /** See `evaluationInputsDigest`. */
  digest: string;
  /** Epoch ms from which the same inputs may give another result. */
  validUntil?: number;
}

/** What is stored about the inputs of an entity's latest evaluation. */
export interface StoredEvaluationInputs {
  /** Null when unknown. */
  digest: string | null;
  /** Epoch ms; undefined when unknown. */
  validUntil?: number;
  /** ISO 8601. */
  evaluatedAt: string;
}

/**
 * An entity not evaluated again because its inputs are those of its stored,
 * still valid evaluation: only its `evaluated_at` moves.
 */
export interface SkippedEvaluation {
  modelId: string;
  entityRef: string;
  /** The digest its inputs had: the entity is left alone if another changed it meanwhile. */
  digest: string;
}

/** One evidence source found down for an entity by an evaluation. */
export interface EvidenceOutageWrite {
  /** The evidence source, e.g. `techInsights`. */
  source: string;
  /** What the provider reported. */
  message: string;
  /** The checks of the write's model that kept an earlier result because of it. */
  keptChecks: string[];
}

/** A stored evidence outage of an entity (`maturity_evidence_outages`). */
export interface StoredEvidenceOutage {
  entityRef: string;
  source: string;
  /** The first evaluation that found it down (ISO). */
  since: string;
  /** The latest evaluation that found it down (ISO). */
  lastFailureAt: string;
  /** The last evaluation that read it (ISO); absent when unknown. */
  lastSuccessAt?: string;
  message: string;
  /** Model id → the check ids that kept an earlier result because of it. */
  keptChecks: Record<string, string[]>;
}

/** One stored daily value of an indicator for a group or the org. */
export interface StoredIndicatorValue {
  indicatorId: string;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  value: number | null;
  entityCount: number;
  noDataCount: number;
  /** When the value was computed (ISO). */
  computedAt: string;
}

/** What `applyEvaluations` changed. */
export interface ApplyEvaluationsResult {
  /** Entities with at least one changed row. */
  changedEntities: number;
  changedChecks: number;
  historyRows: number;
  /** The level changes written as history rows, for the run's listeners. */
  levelChanges: LevelChange[];
}

/** A group of the catalog, with its parent, kept for nested rollups. */
export interface GroupNode {
  groupRef: string;
  title?: string;
  type?: string;
  parentRef?: string;
}

/** Filters and paging for `listEntities`. */
export interface ListEntitiesQuery {
  modelId: string;
  /** Only entities owned by this group or any group below it. */
  groupRef?: string;
  /** Only entities no known group owns (see `UnownedRollup`). */
  unowned?: boolean;
  /**
   * Level filters apply to this domain's level; the overall level when
   * absent. Without `minLevel`/`maxLevel` it does not filter.
   */
  domainId?: string;
  minLevel?: number;
  maxLevel?: number;
  /** Compared case-insensitively. */
  kind?: string;
  lifecycle?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  limit: number;
}

/**
 * An attestation brought in from a file (`maturity.attestationImports`): its
 * author and time are the historical ones, not the importer's.
 */
export interface AttestationImport {
  entityRef: string;
  checkId: string;
  evidenceUrl: string;
  comment?: string;
  /** Who attested (a user entity ref); the actor of the audit entry. */
  author: string;
  /** When it was attested (ISO); stored as its `createdAt`. */
  attestedAt: string;
  /** `attestedAt` plus the check's validity (ISO); may be in the past. */
  expiresAt: string;
  /** The file name (no directories), recorded in the audit entry. */
  importedFrom: string;
  /**
   * Set when `attestedAt` is relative to the day of the import (e.g. `-30d`):
   * then an unexpired attestation with the same entity, check, author and
   * evidence URL also counts as this one, so that a restart on a later day
   * does not import it again until that one has expired.
   */
  renewOnExpiry?: boolean;
}

/** What an attestation import did. */
export interface AttestationImportResult {
  /** Attestations stored by this import. */
  imported: number;
  /** Attestations skipped because an earlier import had stored them. */
  alreadyImported: number;
}
