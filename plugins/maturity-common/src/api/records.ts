import type { JsonValue } from '../model/types';

/*
 * The records the maturity backend's REST API answers and accepts, shared by
 * the backend, its clients and the frontend.
 */

/**
 * An entity's overall state under one model, with the catalog facts kept for
 * filtering.
 *
 * @public
 */
export interface MaturityEntityLevel {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  specType?: string;
  lifecycle?: string;
  /** The owning group (or user) ref. */
  ownerRef?: string;
  modelId: string;
  /** Weakest-link overall level 0..5; null when no domain applies. */
  level: number | null;
  /** Passed and waived checks over applicable checks, 0..1. */
  score: number;
  /** When the entity was last evaluated (ISO). */
  evaluatedAt: string;
  /** When its results last changed (ISO). */
  updatedAt: string;
}

/**
 * An entity row of `GET /entities`, with its level per domain.
 *
 * @public
 */
export interface EntityListItem extends MaturityEntityLevel {
  /** Level (null = not applicable) and score per domain id. */
  domains: Record<string, { level: number | null; score: number }>;
}

/**
 * A page of `GET /entities`.
 *
 * @public
 */
export interface EntityListPage {
  items: EntityListItem[];
  totalCount: number;
  nextCursor?: string;
}

/**
 * One point of an entity's level history. `domainId` null = overall level.
 *
 * @public
 */
export interface LevelHistoryPoint {
  entityRef: string;
  modelId: string;
  domainId: string | null;
  level: number | null;
  previousLevel: number | null;
  score: number;
  recordedAt: string;
}

/**
 * Level statistics of a set of entities for one domain (or overall).
 *
 * @public
 */
export interface LevelAggregate {
  /** Entities for which the domain applies. */
  entityCount: number;
  averageLevel: number | null;
  averageScore: number | null;
  /** Count of entities per level, keys "0".."5". */
  distribution: Record<string, number>;
}

/**
 * One group's aggregates (entities of the group and every nested group).
 *
 * @public
 */
export interface GroupRollupRow {
  groupRef: string;
  title?: string;
  parentRef?: string;
  entityCount: number;
  overall: LevelAggregate;
  domains: Record<string, LevelAggregate>;
}

/**
 * A group's rollup: itself (nested groups included) and its direct children.
 *
 * @public
 */
export interface GroupRollup {
  groupRef: string;
  title?: string;
  modelId: string;
  entityCount: number;
  overall: LevelAggregate;
  domains: Record<string, LevelAggregate>;
  children: GroupRollupRow[];
  /** The lowest-level entities (overall). */
  weakestEntities: MaturityEntityLevel[];
}

/**
 * The aggregates of the entities no known group owns: no owner, or an owner
 * that is not a group of the catalog (a user, a deleted group). Groups
 * themselves are not counted.
 *
 * @public
 */
export interface UnownedRollup {
  entityCount: number;
  overall: LevelAggregate;
  domains: Record<string, LevelAggregate>;
}

/**
 * The answer of `GET /rollups`: top-level groups and their children, and the
 * entities no group owns.
 *
 * @public
 */
export interface OrgRollup {
  modelId: string;
  rows: GroupRollupRow[];
  /** Absent from backends older than the unowned rollup. */
  unowned?: UnownedRollup;
}

/**
 * One daily snapshot of a rollup trend. `domainId` null = overall.
 *
 * @public
 */
export interface RollupTrendPoint {
  day: string;
  groupRef: string;
  domainId: string | null;
  entityCount: number;
  averageLevel: number | null;
  averageScore: number | null;
}

/**
 * An attestation that a manual check's practice is in place.
 *
 * @public
 */
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
  revokeReason?: string;
}

/**
 * The answer of creating or revoking an attestation: the attestation, and
 * how many entities are being re-evaluated in the background.
 *
 * @public
 */
export interface AttestationChange extends AttestationRecord {
  /**
   * Entities queued for re-evaluation: those a team attestation concerns;
   * 0 when an entity attestation was created (evaluated before the answer).
   * Absent from backends older than team attestations.
   */
  reevaluating?: number;
}

/**
 * A waiver that exempts an entity from a check until it expires.
 *
 * @public
 */
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

/**
 * One entry of the attestation and waiver audit trail.
 *
 * @public
 */
export interface AuditEntry {
  id: string;
  entityRef: string;
  checkId: string;
  subject: 'attestation' | 'waiver';
  subjectId: string;
  action: 'created' | 'revoked';
  actor: string;
  at: string;
  /** The reason, comment or evidence URL. */
  details: Record<string, JsonValue>;
}

/**
 * The answer of `GET /attestations`.
 *
 * @public
 */
export interface AttestationList {
  /** Attestations, newest first. */
  items: AttestationRecord[];
  /** The audit trail of the entity's attestations and waivers. */
  audit: AuditEntry[];
}

/**
 * The body of `POST /attestations`.
 *
 * @public
 */
export interface CreateAttestationRequest {
  /** An entity of an evaluated kind (`maturity.kinds`). */
  entityRef: string;
  /** An attestation check whose `appliesTo` matches the entity. */
  checkId: string;
  /** An http(s) link to the evidence. */
  evidenceUrl: string;
  comment?: string;
  /** ISO date-time; at most the check's validity away, its maximum when absent. */
  expiresAt?: string;
  model?: string;
}

/**
 * The body of `POST /waivers`.
 *
 * @public
 */
export interface CreateWaiverRequest {
  entityRef: string;
  checkId: string;
  /** Why the check does not apply or cannot be met (at least 3 characters, not blank). */
  reason: string;
  /** ISO date-time in the future; no expiry when absent. */
  expiresAt?: string;
  model?: string;
}

/**
 * The record of one evaluation run.
 *
 * @public
 */
export interface RunRecord {
  id: string;
  trigger: 'scheduled' | 'manual' | 'entity';
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt?: string;
  entities: number;
  changedEntities: number;
  errors: number;
  errorDetails: Array<{
    entityRef?: string;
    provider?: string;
    message: string;
  }>;
  /** Who asked for a manual run: a user entity ref or a service's subject. */
  actor?: string;
  /**
   * The evidence sources that could not be read during the run: for how many
   * entities, and the first message. Absent or empty when all answered.
   */
  sourcesDown?: Array<{ source: string; entities: number; message: string }>;
}

/**
 * The answer to `POST /runs`. During the start-up delay (`initialDelay` of
 * `maturity.schedule`) the run is queued: the instance that answered starts
 * it at `startsAt` at the latest; another instance already past its own
 * delay may start it sooner.
 *
 * @public
 */
export type TriggerRunResult =
  | {
      status: 'started';
      queued: false;
      /**
       * True when the answering instance started the run itself, taking
       * over from an instance whose run had stopped sending heartbeats.
       */
      takenOver?: boolean;
      /** When taken over, what happened in a sentence (English). */
      message?: string;
    }
  | {
      status: 'queued';
      queued: true;
      /** ISO date-time by which the run starts. */
      startsAt: string;
      /** Seconds from the answer until `startsAt`, rounded up. */
      startsInSeconds: number;
      /** The same in a sentence (English), for API clients. */
      message: string;
    };

/**
 * One point of an indicator's daily history.
 *
 * @public
 */
export interface IndicatorHistoryPoint {
  /** The day (ISO date, `YYYY-MM-DD`). */
  date: string;
  /** The value that day; null when no entity had data. */
  value: number | null;
}

/**
 * The current value of one indicator (KPI) for a group (nested) or the org.
 *
 * @public
 */
export interface IndicatorValue {
  id: string;
  title: string;
  description?: string;
  unit: string;
  target: number;
  direction: 'increase' | 'decrease';
  reference?: string;
  /** The aggregate now; null when no entity in scope has the evidence. */
  value: number | null;
  /** Whether the target is met; null when there is no value. */
  met: boolean | null;
  /** Entities in scope that contributed a value. */
  entityCount: number;
  /** Entities in scope without the evidence ("no data", never counted as 0). */
  noDataCount: number;
  /** Daily values, oldest first (at most the last 180 days). */
  history: IndicatorHistoryPoint[];
}

/**
 * The answer of `GET /indicators`.
 *
 * @public
 */
export interface IndicatorList {
  modelId: string;
  /** The group ref, or null for the whole org. */
  groupRef: string | null;
  /** When the values were computed (end of the last full run, ISO); null before the first. */
  computedAt: string | null;
  indicators: IndicatorValue[];
}
