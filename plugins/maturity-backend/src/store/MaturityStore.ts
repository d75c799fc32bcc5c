import type { RunLeaseAcquisition, RunLeaseState } from './runLease';
import type {
  AttestationEvidence,
  Campaign,
  CampaignAuditEntry,
  CampaignState,
  IndicatorSamples,
  MaturityIndicator,
  SavedReportFormat,
  WaiverEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type {
  ApplyEvaluationsResult,
  AttestationImport,
  AttestationImportResult,
  AttestationRecord,
  AuditEntry,
  EntityEvaluationWrite,
  SkippedEvaluation,
  StoredEvaluationInputs,
  EntityListItem,
  GroupNode,
  GroupRollup,
  GroupRollupRow,
  LevelHistoryPoint,
  ListEntitiesQuery,
  RollupTrendPoint,
  RunRecord,
  StoredCheckResult,
  StoredIndicatorValue,
  StoredScorecard,
  UnownedRollup,
  WaiverRecord,
} from './types';
import type { StaleEvidenceSummary } from '@devops-maturity/plugin-maturity-common';
import type { CampaignNotice } from './campaigns/campaignNotices';
import type { StaleEvidenceQuery } from './staleEvidence';
import type { CampaignChange } from './campaigns/rows';
import type {
  CampaignScopeData,
  CampaignScopeQuery,
} from './campaigns/readCampaignScope';
import type {
  CampaignChecksQuery,
  CampaignScopeCheck,
} from './campaigns/readCampaignChecks';
import type {
  SavedReportContent,
  SavedReportInput,
  SavedReportSummary,
} from './reports/savedReports';
import type {
  LatestPushedFacts,
  PushedFactHistory,
  PushedFactsOutcome,
  PushedFactsWrite,
} from './pushedFacts/pushedFacts';

/**
 * Persistence of the maturity backend. Evaluation writes only what changed;
 * reads serve stored results and never evaluate.
 */
export interface MaturityStore {
  // --- evaluation runs -----------------------------------------------------

  /**
   * Writes a batch of evaluations in one transaction: changed check results,
   * domain levels and entity levels; a history row for every changed domain
   * or overall level. Unchanged rows are not written.
   *
   * @remarks
   * A first evaluation counts as a change from `null` when it has a level
   * (a domain or entity that does not apply on its first evaluation gets no
   * history row). Stored check results and domains that the evaluation no
   * longer has are deleted, except checks in `keepStoredResultsFor`.
   * `evaluatedAt` of every entity in the batch is set to `now`; `updatedAt`
   * only when something changed. `now` is when the evidence was read: an
   * entity already evaluated later keeps that evaluation (a refresh during a
   * full run is not overwritten). When the same entity occurs twice in a
   * batch, the last write wins. `changedChecks` counts written and deleted
   * check results. Writes with `evidenceOutages` record the entity's
   * evidence outages (see `getScorecard` and `getStaleEvidence`). Every
   * write stores its `inputs`; `skipped` entities (not evaluated: same
   * inputs as their stored, still valid evaluation) only get `evaluatedAt`
   * bumped, unless their stored inputs changed since they were read.
   */
  applyEvaluations(
    writes: EntityEvaluationWrite[],
    now: Date,
    skipped?: SkippedEvaluation[],
  ): Promise<ApplyEvaluationsResult>;

  /**
   * The stored inputs of the latest evaluation of entities under a model
   * (see `EntityEvaluationWrite.inputs`), by entity ref; entities without
   * a stored evaluation are absent.
   */
  readEvaluationInputs(
    modelId: string,
    entityRefs: string[],
  ): Promise<Map<string, StoredEvaluationInputs>>;

  /**
   * The stored check results of entities under a model, by entity ref;
   * entities without results are absent.
   */
  getCheckResults(
    modelId: string,
    entityRefs: string[],
  ): Promise<Map<string, StoredCheckResult[]>>;

  /** Refs of every entity with stored results under a model. */
  listEvaluatedEntityRefs(modelId: string): Promise<string[]>;

  /**
   * The stored indicator samples of entities under a model (written with
   * their evaluations), by entity ref; entities without samples are absent.
   */
  getIndicatorSamples(
    modelId: string,
    entityRefs: string[],
  ): Promise<Map<string, IndicatorSamples>>;

  /**
   * Removes current results of entities (left the catalog) under a model,
   * indicator samples included; their history stays.
   */
  deleteEntities(modelId: string, entityRefs: string[]): Promise<void>;

  /**
   * Removes stored results of checks (and domains) no longer in the model;
   * history stays. Returns the number of rows removed (check results and
   * domain levels together).
   */
  deleteChecksNotIn(
    modelId: string,
    checkIds: string[],
    domainIds: string[],
  ): Promise<number>;

  /**
   * Replaces the group tree and rebuilds the closure table (every group →
   * itself and every ancestor) from it. Cycles are cut, never looped on.
   */
  replaceGroups(groups: GroupNode[]): Promise<void>;

  /**
   * Stores today's rollup snapshot for every group × domain (and overall) of
   * a model, computed from current results; re-running on the same day
   * replaces that day's rows. `day` is `YYYY-MM-DD` (UTC); every known group
   * gets a row per domain with results under the model, with a count of 0
   * when it owns no such entity.
   */
  writeRollupSnapshot(modelId: string, day: string): Promise<void>;

  /**
   * Stores today's value of every indicator of a model for the org and for
   * every known group (its entities and those of every nested group),
   * aggregated from the stored indicator samples of the entities with
   * current results; "no data" samples are counted, never averaged as 0.
   * Re-running on the same day replaces that day's values; earlier days are
   * kept. `day` is `YYYY-MM-DD` (UTC), `now` the computation time.
   */
  writeIndicatorSnapshot(
    modelId: string,
    indicators: MaturityIndicator[],
    day: string,
    now: Date,
  ): Promise<void>;

  /**
   * Refreshes the database's planner statistics after a full run changed
   * many rows, so that rollups keep using their indexes.
   */
  refreshStatistics(): Promise<void>;

  /**
   * The generation of the stored results, moved on by writes that change
   * what cached reads return (on any instance): a cache whose time to live
   * has passed keeps its value when the generation did not move.
   */
  readWriteGeneration(): Promise<number>;

  /** Moves the generation of the stored results on. */
  bumpWriteGeneration(): Promise<void>;

  /** Opens a run record; `actor` is who asked for a manual run. Returns its id. */
  startRun(
    trigger: RunRecord['trigger'],
    now: Date,
    actor?: string,
  ): Promise<string>;

  /**
   * Records that `actor` asked for a manual run, before the run is triggered
   * (it may start on another instance). Returns the request's id.
   */
  requestRun(actor: string, now: Date): Promise<string>;

  /** Drops a run request whose run could not be triggered. */
  withdrawRunRequest(id: string): Promise<void>;

  /**
   * Takes every pending run request; returns the earliest, or undefined when
   * none is pending (then the run is a scheduled one).
   */
  takeRunRequest(): Promise<{ actor: string; requestedAt: string } | undefined>;

  /**
   * Closes a run record. Keeps the first 100 error details; without
   * `finishedAt` the current time is used. Unknown ids throw `NotFoundError`.
   */
  finishRun(
    id: string,
    outcome: Omit<RunRecord, 'id' | 'trigger' | 'startedAt' | 'actor'>,
  ): Promise<void>;

  /**
   * Marks runs whose instance stopped before finishing them as failed: every
   * full run still running (call this holding the run lease, so no other
   * full run is alive) and entity refreshes older than an hour. A full run
   * holding the lease with a heartbeat at or after `freshSince` is kept.
   * Returns how many were closed.
   */
  closeAbandonedRuns(now: Date, freshSince: Date): Promise<number>;

  /** Who holds the full run's lease (see `acquireRunLease`). */
  readRunLease(): Promise<RunLeaseState>;

  /**
   * Takes the full run's lease for `holder` when it is free or its heartbeat
   * is older than `staleBefore` (atomic across instances); the run of a
   * stale holder taken over is recorded as failed.
   */
  acquireRunLease(
    holder: string,
    now: Date,
    staleBefore: Date,
  ): Promise<RunLeaseAcquisition>;

  /** Records the run holding the lease; false when `holder` lost it. */
  attachRunToLease(holder: string, runId: string): Promise<boolean>;

  /** Moves the lease's heartbeat to `now`; false when `holder` lost it. */
  heartbeatRunLease(holder: string, now: Date): Promise<boolean>;

  /** Frees the lease if `holder` holds it; false otherwise. */
  releaseRunLease(holder: string): Promise<boolean>;

  /** The most recent runs, newest first. */
  listRuns(limit: number): Promise<RunRecord[]>;

  /**
   * Deletes history recorded before the moment, and snapshots and indicator
   * values of days before its UTC day.
   */
  pruneHistory(before: Date): Promise<void>;

  // --- evidence kept by the plugin ------------------------------------------

  /**
   * Valid (not revoked, `expiresAt` after `now`) attestations per entity ref
   * → check id; the most recently created when several are valid. Entities
   * without any are absent from the map.
   */
  getActiveAttestations(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, Record<string, AttestationEvidence>>>;

  /**
   * Valid team attestations inherited through each owner group (stored on
   * the group or on a group above it in the closure table) of the given
   * checks, per owner ref → check id, nearest group first, each with
   * `inheritedFrom`. Owners without any are absent from the map.
   */
  getTeamAttestations(
    ownerRefs: string[],
    checkIds: string[],
    now: Date,
  ): Promise<Map<string, Record<string, AttestationEvidence[]>>>;

  /**
   * The evaluated entities (any model) owned by a group or a group nested
   * under it, and those groups themselves, sorted.
   */
  listEntitiesUnderGroup(groupRef: string): Promise<string[]>;

  /** A group's ancestors (closure table), nearest first, itself excluded. */
  getGroupAncestors(groupRef: string): Promise<string[]>;

  /**
   * Valid waivers (not revoked; no expiry, or `expiresAt` after `now`) per
   * entity ref → check id; the most recently created when several are
   * valid. Entities without any are absent from the map.
   */
  getActiveWaivers(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, Record<string, WaiverEvidence>>>;

  /**
   * Stores an attestation and appends its audit entry, in one transaction.
   * `expiresAt` is normalized to UTC; an unparseable one throws `InputError`.
   */
  createAttestation(
    input: Omit<
      AttestationRecord,
      'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'
    >,
    now: Date,
  ): Promise<AttestationRecord>;

  /**
   * Stores attestations brought in from files with their historical author
   * and time (`createdAt` = `attestedAt`), each audited like one created
   * through the API with `importedFrom` in its details, all in one
   * transaction: any failure stores none. Attestations a previous import
   * stored (same entity, check, author, time and evidence URL, revoked ones
   * included) are skipped.
   */
  importAttestations(
    imports: readonly AttestationImport[],
    now: Date,
  ): Promise<AttestationImportResult>;

  /** Attestations of an entity (all, revoked and expired included), newest first. */
  listAttestations(entityRef: string): Promise<AttestationRecord[]>;

  /** One attestation (revoked ones included); undefined when unknown. */
  getAttestation(id: string): Promise<AttestationRecord | undefined>;

  /**
   * Revokes an attestation (kept, marked revoked, with the reason) and
   * appends an audit entry, in one transaction. Undefined when unknown; an
   * attestation already revoked is returned unchanged.
   */
  revokeAttestation(
    id: string,
    actor: string,
    now: Date,
    reason?: string,
  ): Promise<AttestationRecord | undefined>;

  /**
   * Stores a waiver and appends its audit entry, in one transaction.
   * `expiresAt` (optional) is normalized to UTC; an unparseable one throws
   * `InputError`.
   */
  createWaiver(
    input: Omit<
      WaiverRecord,
      'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'
    >,
    now: Date,
  ): Promise<WaiverRecord>;

  getWaiver(id: string): Promise<WaiverRecord | undefined>;

  /**
   * Revokes a waiver (kept, marked revoked) and appends an audit entry, in
   * one transaction. Undefined when unknown; a waiver already revoked is
   * returned unchanged.
   */
  revokeWaiver(
    id: string,
    actor: string,
    reason: string | undefined,
    now: Date,
  ): Promise<WaiverRecord | undefined>;

  /** Waivers of an entity (all), newest first. */
  listWaivers(entityRef: string): Promise<WaiverRecord[]>;

  /** The audit trail of an entity's attestations and waivers, newest first. */
  listAudit(entityRef: string): Promise<AuditEntry[]>;

  // --- reads -------------------------------------------------------------------

  /**
   * Everything stored for an entity under a model (domains ordered by id,
   * checks by domain and id), with the entity's evidence outages.
   * Undefined when never evaluated.
   */
  getScorecard(
    entityRef: string,
    modelId: string,
  ): Promise<StoredScorecard | undefined>;

  /** Level history of an entity, oldest first; `from`/`to` inclusive. */
  getHistory(query: {
    entityRef: string;
    modelId: string;
    /** A domain id; `null` for the overall level only; absent for all. */
    domainId?: string | null;
    from?: Date;
    to?: Date;
  }): Promise<LevelHistoryPoint[]>;

  /**
   * Evaluated entities matching the filters, ordered by entity ref, one page
   * at a time. `totalCount` ignores the cursor. An invalid cursor throws
   * `InputError`.
   */
  listEntities(query: ListEntitiesQuery): Promise<{
    items: EntityListItem[];
    nextCursor?: string;
    totalCount: number;
  }>;

  /**
   * A group's rollup: its entities and those of every nested group, its
   * direct children (ordered by ref) and its weakest entities (lowest overall
   * level, then lowest score; entities without a level are left out).
   * Entities whose owner is not a known group appear in no rollup.
   * Undefined when the group is unknown.
   */
  /**
   * The entities under a model whose evidence could not be read at their
   * latest evaluation (their evidence outages), in the whole catalog or in
   * a group's subtree, longest down first, at most `limit` listed; with
   * totals per source. Undefined when the group is unknown.
   */
  getStaleEvidence(
    query: StaleEvidenceQuery,
  ): Promise<StaleEvidenceSummary | undefined>;

  getGroupRollup(query: {
    modelId: string;
    groupRef: string;
    weakestLimit: number;
  }): Promise<GroupRollup | undefined>;

  /**
   * Rows for the org matrix: every root group (no parent, or a parent that is
   * not a known group) and each root's direct children, with `parentRef` set.
   * Each root (its `parentRef` unset) is followed by its children; roots and
   * children are ordered by ref.
   */
  getOrgRollup(modelId: string): Promise<GroupRollupRow[]>;

  /**
   * The aggregates of the entities no known group owns (no owner, or an
   * owner that is not a known group); groups themselves are not counted.
   */
  getUnownedRollup(modelId: string): Promise<UnownedRollup>;

  /**
   * Stored snapshots between two days (UTC, inclusive), ordered by group,
   * domain (overall first) and day. `groupRef` absent: every group;
   * `domainId` absent: every domain and overall, `null`: overall only.
   */
  getRollupTrend(query: {
    modelId: string;
    groupRef?: string;
    domainId?: string | null;
    from: Date;
    to: Date;
  }): Promise<RollupTrendPoint[]>;

  /**
   * Daily values of a model's indicators for a group (its entities and those
   * of every nested group), or for the org when `groupRef` is null, from
   * `fromDay` (`YYYY-MM-DD`, inclusive) on, ordered by indicator and day.
   * Undefined when the group is unknown.
   */
  getIndicatorValues(query: {
    modelId: string;
    groupRef: string | null;
    fromDay: string;
  }): Promise<StoredIndicatorValue[] | undefined>;

  // --- campaigns -----------------------------------------------------------

  /** Stores a new campaign and audits it; ConflictError when the id is taken. */
  createCampaign(
    id: string,
    change: CampaignChange,
    actor: string,
    now: Date,
  ): Promise<Campaign>;

  /**
   * Replaces a campaign's editable fields, auditing what changed (before and
   * after). Undefined for an unknown id.
   */
  updateCampaign(
    id: string,
    change: CampaignChange,
    actor: string,
    now: Date,
  ): Promise<Campaign | undefined>;

  /** Archives a campaign (it stays readable); undefined for an unknown id. */
  archiveCampaign(
    id: string,
    actor: string,
    now: Date,
  ): Promise<Campaign | undefined>;

  /** A stored campaign; undefined for an unknown id. */
  getCampaign(id: string): Promise<Campaign | undefined>;

  /** Stored campaigns; archived ones only when `state` asks for them. */
  listCampaigns(query: {
    state?: CampaignState;
    owner?: string;
  }): Promise<Campaign[]>;

  /** A campaign's audit trail, oldest first. */
  listCampaignAudit(id: string): Promise<CampaignAuditEntry[]>;

  /**
   * What a campaign's progress is derived from: the entities in its scope
   * now with their target levels, how many checks remain, level history
   * and teams. Read-cached like the rollups.
   */
  readCampaignScope(query: CampaignScopeQuery): Promise<CampaignScopeData>;

  /**
   * The checks still failing (or unknown) toward the targets each entity
   * does not meet, by entity ref: read for the entities a campaign's
   * progress returns (a page, CSV rows, one entity), not cached.
   */
  readCampaignChecks(
    query: CampaignChecksQuery,
  ): Promise<Map<string, CampaignScopeCheck[]>>;

  /** What the campaign task already notified and published for a campaign. */
  listCampaignNotices(campaignId: string): Promise<CampaignNotice[]>;

  /** Records notices; one already recorded is left as it is. */
  recordCampaignNotices(
    notices: readonly CampaignNotice[],
    now: Date,
  ): Promise<void>;

  // --- reports ---------------------------------------------------------------

  /** The stored scorecards of many entities; those never evaluated are absent. */
  readScorecardsOf(
    modelId: string,
    entityRefs: readonly string[],
  ): Promise<Map<string, StoredScorecard>>;

  /** The domain level history of many entities recorded at or before `to`. */
  readHistoryOf(query: {
    modelId: string;
    entityRefs: readonly string[];
    to: Date;
  }): Promise<LevelHistoryPoint[]>;

  /** Saves a report (immutable) with the SHA-256 of each stored text. */
  saveReport(input: SavedReportInput, now: Date): Promise<SavedReportSummary>;

  /** Saved reports of a scope (all when absent), newest first. */
  listReports(scopeRef?: string): Promise<SavedReportSummary[]>;

  /** One stored rendering of a saved report; undefined for an unknown id. */
  getReportContent(
    id: string,
    format: SavedReportFormat,
  ): Promise<SavedReportContent | undefined>;

  // --- pushed facts ----------------------------------------------------------

  /**
   * Stores a push once per (entity, source, timestamp): `unchanged` when the
   * same facts are there already, `conflict` when other facts are.
   */
  storePushedFacts(
    write: PushedFactsWrite,
    receivedAt: Date,
  ): Promise<PushedFactsOutcome>;

  /** The latest push of each source (only the named facts), by entity ref. */
  readLatestPushedFacts(
    entityRefs: readonly string[],
    sources: Record<string, string[]>,
  ): Promise<Map<string, LatestPushedFacts>>;

  /** Pushed values of facts over the look-back days (source → fact → days) up to `now`. */
  readPushedFactHistory(
    entityRefs: readonly string[],
    lookBack: Record<string, Record<string, number>>,
    now: Date,
  ): Promise<Map<string, PushedFactHistory>>;

  /** Deletes pushes observed before `before`; answers how many. */
  prunePushedFacts(before: Date): Promise<number>;
}
