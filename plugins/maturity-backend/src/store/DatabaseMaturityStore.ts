import type { DatabaseService } from '@backstage/backend-plugin-api';
import type {
  AttestationEvidence,
  Campaign,
  CampaignAuditEntry,
  CampaignState,
  IndicatorSamples,
  MaturityIndicator,
  SavedReportFormat,
  StaleEvidenceSummary,
  WaiverEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { aggregateUnowned } from './aggregateUnowned';
import * as runLease from './runLease';
import type { RunLeaseAcquisition, RunLeaseState } from './runLease';
import * as campaignNotices from './campaigns/campaignNotices';
import type { CampaignNotice } from './campaigns/campaignNotices';
import { listCampaignAudit } from './campaigns/listCampaignAudit';
import {
  CampaignScopeData,
  CampaignScopeQuery,
  readCampaignScope,
} from './campaigns/readCampaignScope';
import {
  CampaignChecksQuery,
  CampaignScopeCheck,
  readCampaignChecks,
} from './campaigns/readCampaignChecks';
import * as campaignReads from './campaigns/readCampaigns';
import type { CampaignChange } from './campaigns/rows';
import * as campaignWrites from './campaigns/writeCampaigns';
import { readHistoryOf } from './reports/readHistoryOf';
import { readScorecardsOf } from './reports/readScorecardsOf';
import * as savedReports from './reports/savedReports';
import * as pushedFacts from './pushedFacts/pushedFacts';
import type {
  LatestPushedFacts,
  PushedFactHistory,
  PushedFactsOutcome,
  PushedFactsWrite,
} from './pushedFacts/pushedFacts';
import type {
  SavedReportContent,
  SavedReportInput,
  SavedReportSummary,
} from './reports/savedReports';
import * as evaluations from './applyEvaluations';
import * as attestations from './attestations';
import * as teamAttestations from './teamAttestations';
import * as audit from './auditLog';
import * as scorecards from './getScorecard';
import * as history from './getHistory';
import * as groupRollups from './groupRollups';
import { readStaleEvidence, StaleEvidenceQuery } from './staleEvidence';
import { readIndicatorSamples } from './indicators/indicatorSamples';
import { readIndicatorValues } from './indicators/readIndicatorValues';
import { writeIndicatorSnapshot } from './indicators/writeIndicatorSnapshot';
import * as entities from './listEntities';
import type { MaturityStore } from './MaturityStore';
import { migrateToLatest } from './migrateToLatest';
import { readCheckResults } from './readStoredEvaluations';
import { readEvaluationInputs } from './evaluationInputs';
import { refreshStatistics } from './refreshStatistics';
import { bumpWriteGeneration, readWriteGeneration } from './writeGeneration';
import * as results from './removeResults';
import * as groups from './replaceGroups';
import * as snapshots from './rollupSnapshots';
import * as runs from './runs';
import type {
  ApplyEvaluationsResult,
  AttestationImport,
  AttestationImportResult,
  AttestationRecord,
  AuditEntry,
  EntityEvaluationWrite,
  EntityListItem,
  GroupNode,
  GroupRollup,
  GroupRollupRow,
  LevelHistoryPoint,
  ListEntitiesQuery,
  RollupTrendPoint,
  RunRecord,
  SkippedEvaluation,
  StoredCheckResult,
  StoredEvaluationInputs,
  StoredIndicatorValue,
  StoredScorecard,
  UnownedRollup,
  WaiverRecord,
} from './types';
import * as waivers from './waivers';

/**
 * The knex implementation of {@link MaturityStore}, for SQLite and
 * PostgreSQL.
 *
 * @remarks
 * Timestamps are stored as fixed-width ISO 8601 UTC strings and JSON as
 * text, so both databases compare and return the same values. Every write
 * that touches several rows runs in one transaction and keeps each statement
 * under SQLite's 999 bound variables.
 *
 * @internal
 */
export class DatabaseMaturityStore implements MaturityStore {
  /**
   * Connects to the plugin's database and brings its schema up to date,
   * unless migrations are to be skipped.
   */
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseMaturityStore> {
    const { database } = options;
    const db = await database.getClient();
    if (!database.migrations?.skip) {
      await migrateToLatest(db);
    }
    return new DatabaseMaturityStore(db);
  }

  private constructor(private readonly db: Knex) {}

  /**
   * {@inheritDoc MaturityStore.applyEvaluations}
   *
   * @remarks
   * Entities whose stored input hash equals the hash of their new evaluation
   * are unchanged without reading their rows; the others are diffed row by
   * row. Unchanged entities get `evaluated_at` bumped in one bulk update per
   * chunk of refs.
   */
  applyEvaluations(
    writes: EntityEvaluationWrite[],
    now: Date,
    skipped?: SkippedEvaluation[],
  ): Promise<ApplyEvaluationsResult> {
    return evaluations.applyEvaluations(this.db, writes, now, skipped);
  }

  readEvaluationInputs(
    modelId: string,
    entityRefs: string[],
  ): Promise<Map<string, StoredEvaluationInputs>> {
    return readEvaluationInputs(this.db, modelId, entityRefs);
  }

  getCheckResults(
    modelId: string,
    entityRefs: string[],
  ): Promise<Map<string, StoredCheckResult[]>> {
    return readCheckResults(this.db, modelId, entityRefs);
  }

  listEvaluatedEntityRefs(modelId: string): Promise<string[]> {
    return results.listEvaluatedEntityRefs(this.db, modelId);
  }

  deleteEntities(modelId: string, entityRefs: string[]): Promise<void> {
    return results.deleteEntities(this.db, modelId, entityRefs);
  }

  deleteChecksNotIn(
    modelId: string,
    checkIds: string[],
    domainIds: string[],
  ): Promise<number> {
    return results.deleteChecksNotIn(this.db, modelId, checkIds, domainIds);
  }

  replaceGroups(nodes: GroupNode[]): Promise<void> {
    return groups.replaceGroups(this.db, nodes);
  }

  writeRollupSnapshot(modelId: string, day: string): Promise<void> {
    return snapshots.writeRollupSnapshot(this.db, modelId, day);
  }

  writeIndicatorSnapshot(
    modelId: string,
    indicators: MaturityIndicator[],
    day: string,
    now: Date,
  ): Promise<void> {
    return writeIndicatorSnapshot(this.db, modelId, indicators, day, now);
  }

  getIndicatorSamples(
    modelId: string,
    entityRefs: string[],
  ): Promise<Map<string, IndicatorSamples>> {
    return readIndicatorSamples(this.db, modelId, entityRefs);
  }

  getIndicatorValues(query: {
    modelId: string;
    groupRef: string | null;
    fromDay: string;
  }): Promise<StoredIndicatorValue[] | undefined> {
    return readIndicatorValues(this.db, query);
  }

  refreshStatistics(): Promise<void> {
    return refreshStatistics(this.db);
  }

  readWriteGeneration(): Promise<number> {
    return readWriteGeneration(this.db);
  }

  bumpWriteGeneration(): Promise<void> {
    return bumpWriteGeneration(this.db);
  }

  closeAbandonedRuns(now: Date, freshSince: Date): Promise<number> {
    return runs.closeAbandonedRuns(this.db, now, freshSince);
  }

  readRunLease(): Promise<RunLeaseState> {
    return runLease.readRunLease(this.db);
  }

  acquireRunLease(
    holder: string,
    now: Date,
    staleBefore: Date,
  ): Promise<RunLeaseAcquisition> {
    return runLease.acquireRunLease(this.db, holder, now, staleBefore);
  }

  attachRunToLease(holder: string, runId: string): Promise<boolean> {
    return runLease.attachRunToLease(this.db, holder, runId);
  }

  heartbeatRunLease(holder: string, now: Date): Promise<boolean> {
    return runLease.heartbeatRunLease(this.db, holder, now);
  }

  releaseRunLease(holder: string): Promise<boolean> {
    return runLease.releaseRunLease(this.db, holder);
  }

  startRun(
    trigger: RunRecord['trigger'],
    now: Date,
    actor?: string,
  ): Promise<string> {
    return runs.startRun(this.db, trigger, now, actor);
  }

  requestRun(actor: string, now: Date): Promise<string> {
    return runs.requestRun(this.db, actor, now);
  }

  withdrawRunRequest(id: string): Promise<void> {
    return runs.withdrawRunRequest(this.db, id);
  }

  takeRunRequest(): Promise<
    { actor: string; requestedAt: string } | undefined
  > {
    return runs.takeRunRequest(this.db);
  }

  finishRun(
    id: string,
    outcome: Omit<RunRecord, 'id' | 'trigger' | 'startedAt' | 'actor'>,
  ): Promise<void> {
    return runs.finishRun(this.db, id, outcome);
  }

  listRuns(limit: number): Promise<RunRecord[]> {
    return runs.listRuns(this.db, limit);
  }

  pruneHistory(before: Date): Promise<void> {
    return history.pruneHistory(this.db, before);
  }

  getActiveAttestations(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, Record<string, AttestationEvidence>>> {
    return attestations.getActiveAttestations(this.db, entityRefs, now);
  }

  getActiveWaivers(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, Record<string, WaiverEvidence>>> {
    return waivers.getActiveWaivers(this.db, entityRefs, now);
  }

  createAttestation(
    input: Omit<
      AttestationRecord,
      'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'
    >,
    now: Date,
  ): Promise<AttestationRecord> {
    return attestations.createAttestation(this.db, input, now);
  }

  importAttestations(
    imports: readonly AttestationImport[],
    now: Date,
  ): Promise<AttestationImportResult> {
    return attestations.importAttestations(this.db, imports, now);
  }

  getTeamAttestations(
    ownerRefs: string[],
    checkIds: string[],
    now: Date,
  ): Promise<Map<string, Record<string, AttestationEvidence[]>>> {
    return teamAttestations.getTeamAttestations(
      this.db,
      ownerRefs,
      checkIds,
      now,
    );
  }

  listEntitiesUnderGroup(groupRef: string): Promise<string[]> {
    return teamAttestations.listEntitiesUnderGroup(this.db, groupRef);
  }

  getGroupAncestors(groupRef: string): Promise<string[]> {
    return teamAttestations.getGroupAncestors(this.db, groupRef);
  }

  getAttestation(id: string): Promise<AttestationRecord | undefined> {
    return attestations.getAttestation(this.db, id);
  }

  revokeAttestation(
    id: string,
    actor: string,
    now: Date,
    reason?: string,
  ): Promise<AttestationRecord | undefined> {
    return attestations.revokeAttestation(this.db, id, actor, now, reason);
  }

  listAttestations(entityRef: string): Promise<AttestationRecord[]> {
    return attestations.listAttestations(this.db, entityRef);
  }

  createWaiver(
    input: Omit<
      WaiverRecord,
      'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'
    >,
    now: Date,
  ): Promise<WaiverRecord> {
    return waivers.createWaiver(this.db, input, now);
  }

  getWaiver(id: string): Promise<WaiverRecord | undefined> {
    return waivers.getWaiver(this.db, id);
  }

  revokeWaiver(
    id: string,
    actor: string,
    reason: string | undefined,
    now: Date,
  ): Promise<WaiverRecord | undefined> {
    return waivers.revokeWaiver(this.db, id, actor, reason, now);
  }

  listWaivers(entityRef: string): Promise<WaiverRecord[]> {
    return waivers.listWaivers(this.db, entityRef);
  }

  listAudit(entityRef: string): Promise<AuditEntry[]> {
    return audit.listAudit(this.db, entityRef);
  }

  getScorecard(
    entityRef: string,
    modelId: string,
  ): Promise<StoredScorecard | undefined> {
    return scorecards.getScorecard(this.db, entityRef, modelId);
  }

  getHistory(query: {
    entityRef: string;
    modelId: string;
    domainId?: string | null;
    from?: Date;
    to?: Date;
  }): Promise<LevelHistoryPoint[]> {
    return history.getHistory(this.db, query);
  }

  listEntities(query: ListEntitiesQuery): Promise<{
    items: EntityListItem[];
    nextCursor?: string;
    totalCount: number;
  }> {
    return entities.listEntities(this.db, query);
  }

  getStaleEvidence(
    query: StaleEvidenceQuery,
  ): Promise<StaleEvidenceSummary | undefined> {
    return readStaleEvidence(this.db, query);
  }

  getGroupRollup(query: {
    modelId: string;
    groupRef: string;
    weakestLimit: number;
  }): Promise<GroupRollup | undefined> {
    return groupRollups.getGroupRollup(this.db, query);
  }

  getOrgRollup(modelId: string): Promise<GroupRollupRow[]> {
    return groupRollups.getOrgRollup(this.db, modelId);
  }

  getUnownedRollup(modelId: string): Promise<UnownedRollup> {
    return aggregateUnowned(this.db, modelId);
  }

  getRollupTrend(query: {
    modelId: string;
    groupRef?: string;
    domainId?: string | null;
    from: Date;
    to: Date;
  }): Promise<RollupTrendPoint[]> {
    return snapshots.getRollupTrend(this.db, query);
  }

  createCampaign(
    id: string,
    change: CampaignChange,
    actor: string,
    now: Date,
  ): Promise<Campaign> {
    return campaignWrites.createCampaign(this.db, id, change, actor, now);
  }

  updateCampaign(
    id: string,
    change: CampaignChange,
    actor: string,
    now: Date,
  ): Promise<Campaign | undefined> {
    return campaignWrites.updateCampaign(this.db, id, change, actor, now);
  }

  archiveCampaign(
    id: string,
    actor: string,
    now: Date,
  ): Promise<Campaign | undefined> {
    return campaignWrites.archiveCampaign(this.db, id, actor, now);
  }

  getCampaign(id: string): Promise<Campaign | undefined> {
    return campaignReads.getCampaign(this.db, id);
  }

  listCampaigns(query: {
    state?: CampaignState;
    owner?: string;
  }): Promise<Campaign[]> {
    return campaignReads.listCampaigns(this.db, query);
  }

  listCampaignAudit(id: string): Promise<CampaignAuditEntry[]> {
    return listCampaignAudit(this.db, id);
  }

  readCampaignScope(query: CampaignScopeQuery): Promise<CampaignScopeData> {
    return readCampaignScope(this.db, query);
  }

  readCampaignChecks(
    query: CampaignChecksQuery,
  ): Promise<Map<string, CampaignScopeCheck[]>> {
    return readCampaignChecks(this.db, query);
  }

  listCampaignNotices(campaignId: string): Promise<CampaignNotice[]> {
    return campaignNotices.listCampaignNotices(this.db, campaignId);
  }

  recordCampaignNotices(
    notices: readonly CampaignNotice[],
    now: Date,
  ): Promise<void> {
    return campaignNotices.recordCampaignNotices(this.db, notices, now);
  }

  readScorecardsOf(
    modelId: string,
    entityRefs: readonly string[],
  ): Promise<Map<string, StoredScorecard>> {
    return readScorecardsOf(this.db, modelId, entityRefs);
  }

  readHistoryOf(query: {
    modelId: string;
    entityRefs: readonly string[];
    to: Date;
  }): Promise<LevelHistoryPoint[]> {
    return readHistoryOf(this.db, query);
  }

  saveReport(input: SavedReportInput, now: Date): Promise<SavedReportSummary> {
    return savedReports.saveReport(this.db, input, now);
  }

  listReports(scopeRef?: string): Promise<SavedReportSummary[]> {
    return savedReports.listReports(this.db, scopeRef);
  }

  getReportContent(
    id: string,
    format: SavedReportFormat,
  ): Promise<SavedReportContent | undefined> {
    return savedReports.getReportContent(this.db, id, format);
  }

  storePushedFacts(
    write: PushedFactsWrite,
    receivedAt: Date,
  ): Promise<PushedFactsOutcome> {
    return pushedFacts.storePushedFacts(this.db, write, receivedAt);
  }

  readLatestPushedFacts(
    entityRefs: readonly string[],
    sources: Record<string, string[]>,
  ): Promise<Map<string, LatestPushedFacts>> {
    return pushedFacts.readLatestPushedFacts(this.db, entityRefs, sources);
  }

  readPushedFactHistory(
    entityRefs: readonly string[],
    lookBack: Record<string, Record<string, number>>,
    now: Date,
  ): Promise<Map<string, PushedFactHistory>> {
    return pushedFacts.readPushedFactHistory(
      this.db,
      entityRefs,
      lookBack,
      now,
    );
  }

  prunePushedFacts(before: Date): Promise<number> {
    return pushedFacts.prunePushedFacts(this.db, before);
  }
}
