import type {
  CheckSource,
  CheckStatus,
  CheckStatusCounts,
  JsonValue,
  NextLevelRequirement,
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

/** Catalog facts kept with an entity's results, for filtering and rollups. */
export interface EvaluatedEntityInfo {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  specType?: string;
  lifecycle?: string;
  /** The owning group (or user) ref, from the entity's ownedBy relation. */
  ownerRef?: string;
}

/** An entity's overall state under one model. */
export interface StoredEntityLevel extends EvaluatedEntityInfo {
  modelId: string;
  /** Weakest-link overall level; null when no domain applies. */
  level: number | null;
  score: number;
  /** When the entity was last evaluated (ISO), changed or not. */
  evaluatedAt: string;
  /** When its results last changed (ISO). */
  updatedAt: string;
}

/** Everything stored for one entity under one model. */
export interface StoredScorecard {
  entity: StoredEntityLevel;
  domains: StoredDomainLevel[];
  checks: StoredCheckResult[];
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
   * Check ids whose evidence source was unavailable: their stored results are
   * kept as they are instead of being overwritten with `unknown`.
   */
  keepStoredResultsFor?: string[];
}

/** What `applyEvaluations` changed. */
export interface ApplyEvaluationsResult {
  /** Entities with at least one changed row. */
  changedEntities: number;
  changedChecks: number;
  historyRows: number;
}

/** One point of an entity's level history. `domainId` null = overall level. */
export interface LevelHistoryPoint {
  entityRef: string;
  modelId: string;
  domainId: string | null;
  level: number | null;
  previousLevel: number | null;
  score: number;
  recordedAt: string;
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

/** An entity row of `listEntities`, with its level per domain. */
export interface EntityListItem extends StoredEntityLevel {
  domains: Record<string, { level: number | null; score: number }>;
}

/** Level statistics of a set of entities for one domain (or overall). */
export interface LevelAggregate {
  /** Entities for which the domain applies. */
  entityCount: number;
  averageLevel: number | null;
  averageScore: number | null;
  /** Count of entities per level, keys "0".."5". */
  distribution: Record<string, number>;
}

/** One group's aggregates (entities of the group and every nested group). */
export interface GroupRollupRow {
  groupRef: string;
  title?: string;
  parentRef?: string;
  entityCount: number;
  overall: LevelAggregate;
  domains: Record<string, LevelAggregate>;
}

/** A group's rollup: itself (nested groups included) and its direct children. */
export interface GroupRollup {
  groupRef: string;
  title?: string;
  modelId: string;
  /** Entities owned by the group or any nested group. */
  entityCount: number;
  overall: LevelAggregate;
  domains: Record<string, LevelAggregate>;
  children: GroupRollupRow[];
  /** The lowest-level entities (overall), up to the requested number. */
  weakestEntities: StoredEntityLevel[];
}

/** One row of a rollup trend. `domainId` null = overall. */
export interface RollupTrendPoint {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  groupRef: string;
  domainId: string | null;
  /**
   * Entities for which the domain applies (overall: entities with an overall
   * level), as `LevelAggregate.entityCount`.
   */
  entityCount: number;
  averageLevel: number | null;
  averageScore: number | null;
}

/** An attestation that a manual check's practice is in place. */
export interface AttestationRecord {
  id: string;
  entityRef: string;
  checkId: string;
  evidenceUrl: string;
  comment?: string;
  author: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
}

/** A waiver that exempts an entity from a check until it expires. */
export interface WaiverRecord {
  id: string;
  entityRef: string;
  checkId: string;
  reason: string;
  author: string;
  createdAt: string;
  expiresAt?: string;
  revokedAt?: string;
  revokedBy?: string;
  revokeReason?: string;
}

/** One entry of the attestation/waiver audit trail. */
export interface AuditEntry {
  /** Increasing with insertion order. */
  id: string;
  entityRef: string;
  checkId: string;
  subject: 'attestation' | 'waiver';
  subjectId: string;
  action: 'created' | 'revoked';
  actor: string;
  at: string;
  /** Why / what: the reason, comment or evidence URL. */
  details: Record<string, JsonValue>;
}

/** The record of one evaluation run. */
export interface RunRecord {
  id: string;
  trigger: 'scheduled' | 'manual' | 'entity';
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt?: string;
  entities: number;
  changedEntities: number;
  errors: number;
  /** Up to 100 errors: entity or provider and message. */
  errorDetails: Array<{
    entityRef?: string;
    provider?: string;
    message: string;
  }>;
}
