import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AttestationList,
  AttestationChange,
  CreateAttestationRequest,
  CreateWaiverRequest,
  EntityListPage,
  EntityListQuery,
  EntityScorecard,
  GateResult,
  GroupRollup,
  IndicatorList,
  LevelHistoryPoint,
  MaturityModel,
  ModelList,
  OrgRollup,
  RollupTrendPoint,
  RunRecord,
  StaleEvidenceSummary,
  TriggerRunResult,
  WaiverRecord,
} from './types';
import type {
  Campaign,
  CampaignAuditEntry,
  CampaignChange,
  CampaignEntityQuery,
  CampaignInput,
  CampaignListQuery,
  CampaignProgress,
  CampaignSummary,
  EntityCampaign,
} from './campaignTypes';
import type {
  MaturityReport,
  SaveReportRequest,
  SavedReport,
  SavedReportFormat,
} from './reportTypes';

/**
 * Selects a model; the backend's default model when `model` is absent.
 *
 * @public
 */
export interface ModelOption extends LanguageOption {
  model?: string;
}

/**
 * The language of model text in an answer (domain, capability, check and
 * level titles, remediation…), a BCP 47 tag such as `en` or `zh-CN`. The
 * backend falls back to the model's default language; the
 * {@link MaturityClient} fills in the app language when absent. Calls whose
 * answers carry no model text (entity lists, rollups, histories, trends)
 * ignore it.
 *
 * @public
 */
export interface LanguageOption {
  lang?: string;
}

/**
 * A time window of history and trend queries (ISO date-times).
 *
 * @public
 */
export interface TimeRangeOption {
  from?: string;
  to?: string;
}

/**
 * Selects the domains of a report; all the model's domains when absent.
 *
 * @public
 */
export interface ReportOptions extends ModelOption {
  domains?: string[];
}

/**
 * Selects the entities of {@link MaturityApi.getStaleEvidence}.
 *
 * @public
 */
export interface StaleEvidenceQuery {
  /** The model; the backend's default model when absent. */
  modelId?: string;
  /** A group entity ref: only its entities, nested groups included. */
  group?: string;
  /** At most this many items (the backend's default is 100). */
  limit?: number;
}

/**
 * The maturity backend as seen by the frontend (`/api/maturity`).
 *
 * @public
 */
export interface MaturityApi {
  /** The loaded models and the default one. */
  listModels(options?: LanguageOption): Promise<ModelList>;
  /** A whole model definition: domains, capabilities and checks. */
  getModel(modelId: string, options?: LanguageOption): Promise<MaturityModel>;
  /**
   * Starts the GET requests the calls in `calls` make now, ahead of the
   * component that will make the same calls: its first same request is
   * answered by them, within a short time of their answer. For a page's
   * first requests, started as soon as the page is navigated to. Optional:
   * without it, nothing is started early.
   */
  prefetch?(calls: (api: MaturityApi) => Array<Promise<unknown>>): void;
  /** The stored scorecard of an entity; a NotFoundError when not evaluated. */
  getScorecard(
    entityRef: string,
    options?: ModelOption,
  ): Promise<EntityScorecard>;
  /** Re-evaluates an entity now (needs maturity.admin). */
  refreshEntity(
    entityRef: string,
    options?: ModelOption,
  ): Promise<EntityScorecard>;
  /** Level changes of an entity, oldest first; all domains when none given. */
  getEntityHistory(
    entityRef: string,
    options?: ModelOption & TimeRangeOption & { domain?: string },
  ): Promise<{ items: LevelHistoryPoint[] }>;
  /** Evaluated entities with their level per domain, filtered and paged. */
  listEntities(query?: EntityListQuery): Promise<EntityListPage>;
  /** A group's rollup, nested groups included. */
  getGroupRollup(
    groupRef: string,
    options?: ModelOption & { weakest?: number },
  ): Promise<GroupRollup>;
  /** The org matrix: top-level groups and their children × domains. */
  getOrgRollup(options?: ModelOption): Promise<OrgRollup>;
  /** Daily snapshots of average levels (org-wide when no group given). */
  getRollupTrend(
    options?: ModelOption &
      TimeRangeOption & { group?: string; domain?: string },
  ): Promise<{ items: RollupTrendPoint[] }>;
  /**
   * The model's indicators (KPIs) of a group, nested groups included, or of
   * the whole org when no group is given.
   */
  getIndicators(
    options: LanguageOption & {
      model: string;
      group?: string;
    },
  ): Promise<IndicatorList>;
  /** Attestations of an entity, newest first, with the audit trail. */
  listAttestations(entityRef: string): Promise<AttestationList>;
  /** Attests a manual check; the entity is re-evaluated. */
  createAttestation(
    request: CreateAttestationRequest,
  ): Promise<AttestationChange>;
  /**
   * Revokes an attestation (author, the entity's owners, admins); the
   * entities it concerned are re-evaluated in the background
   * (`reevaluating`).
   */
  revokeAttestation(
    attestationId: string,
    reason?: string,
  ): Promise<AttestationChange>;
  /** Waivers of an entity, newest first. */
  listWaivers(entityRef: string): Promise<{ items: WaiverRecord[] }>;
  /** Waives a check for an entity; the entity is re-evaluated. */
  createWaiver(request: CreateWaiverRequest): Promise<WaiverRecord>;
  /** Revokes a waiver; the entity is re-evaluated. */
  revokeWaiver(
    waiverId: string,
    options?: { reason?: string },
  ): Promise<WaiverRecord>;
  /** Whether an entity reaches a level, overall or in one domain. */
  getGate(
    entityRef: string,
    options: ModelOption & { minLevel: number; domain?: string },
  ): Promise<GateResult>;
  /**
   * The entities whose scorecards rest on evidence that could not be read
   * at their latest evaluation, in the whole catalog or a group's subtree.
   */
  getStaleEvidence(query?: StaleEvidenceQuery): Promise<StaleEvidenceSummary>;
  /** The latest evaluation runs. */
  listRuns(options?: { limit?: number }): Promise<{ items: RunRecord[] }>;
  /**
   * Starts a full evaluation run now (needs maturity.admin); during the
   * backend's start-up delay the run is queued and the result says by when
   * it starts.
   */
  triggerRun(): Promise<TriggerRunResult>;
  /** Campaigns with their progress; archived ones only when asked for. */
  listCampaigns(
    query?: CampaignListQuery,
  ): Promise<{ items: CampaignSummary[] }>;
  /** One campaign. */
  getCampaign(campaignId: string): Promise<{ campaign: Campaign }>;
  /** Creates a campaign (needs maturity.campaign.manage). */
  createCampaign(input: CampaignInput): Promise<CampaignChange>;
  /** Replaces a campaign (needs maturity.campaign.manage; not config ones). */
  updateCampaign(
    campaignId: string,
    input: CampaignInput,
  ): Promise<CampaignChange>;
  /** Archives a campaign (needs maturity.campaign.manage). */
  archiveCampaign(campaignId: string): Promise<{ campaign: Campaign }>;
  /**
   * A campaign's progress: totals, burn-up, teams and one page of the
   * entities (default: the first 100, those behind first).
   */
  getCampaignProgress(
    campaignId: string,
    query?: CampaignEntityQuery,
  ): Promise<CampaignProgress>;
  /** Every entity of a campaign matching the query, as CSV (UTF-8 with BOM). */
  getCampaignEntitiesCsv(
    campaignId: string,
    query?: Omit<CampaignEntityQuery, 'entityOffset' | 'entityLimit'>,
  ): Promise<Blob>;
  /** A campaign's audit trail. */
  getCampaignAudit(
    campaignId: string,
  ): Promise<{ items: CampaignAuditEntry[] }>;
  /** The active campaigns whose scope holds an entity. */
  listEntityCampaigns(entityRef: string): Promise<{ items: EntityCampaign[] }>;
  /** The campaigns concerning a group's entities, progress of those only. */
  listGroupCampaigns(groupRef: string): Promise<{ items: CampaignSummary[] }>;
  /**
   * The report (evidence pack) of a system with its parts or of a group with
   * its nested teams, generated now.
   */
  getReport(scopeRef: string, options?: ReportOptions): Promise<MaturityReport>;
  /** Saves a frozen report (needs maturity.report.create). */
  saveReport(request: SaveReportRequest): Promise<SavedReport>;
  /** The saved reports of a scope, newest first. */
  listSavedReports(scopeRef: string): Promise<{ items: SavedReport[] }>;
  /** A saved report exactly as stored, in a format. */
  getSavedReport(id: string, format: SavedReportFormat): Promise<Blob>;
}

/**
 * The reference of the {@link MaturityApi}.
 *
 * @public
 */
export const maturityApiRef = createApiRef<MaturityApi>({
  id: 'plugin.maturity.service',
});
