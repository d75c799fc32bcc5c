import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  expandScorecard,
  ScorecardResults,
} from '@devops-maturity/plugin-maturity-common';
import type { AppLanguageApi } from '@backstage/core-plugin-api/alpha';
import type {
  LanguageOption,
  MaturityApi,
  ModelOption,
  ReportOptions,
  StaleEvidenceQuery,
  TimeRangeOption,
} from './MaturityApi';
import type {
  MaturityReport,
  SaveReportRequest,
  SavedReport,
  SavedReportFormat,
} from './reportTypes';
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
import { PrefetchedRequests } from './PrefetchedRequests';

type QueryValue = string | number | undefined;

/**
 * Options of the {@link MaturityClient}.
 *
 * @public
 */
export interface MaturityClientOptions {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
  /**
   * The app's language: model text is asked for in it (`lang`) when a call
   * names no language. Without it, the backend answers in the model's
   * default language.
   */
  appLanguageApi?: Pick<AppLanguageApi, 'getLanguage'>;
}

function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(encodeURIComponent)
    .join('/');
}

function groupPath(groupRef: string): string {
  const { namespace, name } = parseEntityRef(groupRef, {
    defaultKind: 'group',
    defaultNamespace: 'default',
  });
  return [namespace, name].map(encodeURIComponent).join('/');
}

/** The cache key of a model in a language. */
function modelKey(modelId: string, lang: string | undefined): string {
  return `${modelId}\u0000${lang ?? ''}`;
}

/**
 * Percent-encodes every reserved character (RFC 3986): the backend's OpenAPI
 * validation rejects query values containing any, "+" for a space included.
 */
function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function queryString(query: Record<string, QueryValue>): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(
      ([key, value]) =>
        `${encodeQueryComponent(key)}=${encodeQueryComponent(String(value))}`,
    );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/**
 * The HTTP client of the maturity backend, over the discovery and fetch APIs.
 * Non-2xx answers throw a `ResponseError` carrying the backend's error.
 *
 * @remarks
 * Scorecards are fetched as results only and joined here with the model,
 * which is fetched once per model id, language and version, alongside the
 * results: a third of the bytes per scorecard. Until an answer names the
 * default model, a scorecard of it is fetched whole.
 *
 * @public
 */
export class MaturityClient implements MaturityApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly appLanguageApi?: Pick<AppLanguageApi, 'getLanguage'>;
  /** Models by id and language; each use checks the version. */
  private readonly models = new Map<string, Promise<MaturityModel>>();
  /** Scorecard requests in flight, shared by the cards of one page. */
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** The backend's default model, once an answer named it. */
  private defaultModelId?: string;
  /** GETs started by {@link MaturityClient.prefetch}, each answered once. */
  private readonly prefetched = new PrefetchedRequests();
  /** True while {@link MaturityClient.prefetch} runs its calls. */
  private prefetching = false;

  constructor(options: MaturityClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.appLanguageApi = options.appLanguageApi;
  }

  /**
   * Runs `calls` on this client with every GET they send (synchronously, as
   * each method does) kept for the first same GET after it; a change sent
   * through this client forgets them all.
   */
  prefetch(calls: (api: MaturityApi) => Array<Promise<unknown>>): void {
    this.prefetching = true;
    let started: Array<Promise<unknown>> = [];
    try {
      started = calls(this);
    } finally {
      this.prefetching = false;
    }
    // a failure shows where the prefetched answer is used, not here
    for (const request of started) request.catch(() => undefined);
  }

  /** The language to ask model text in: the call's, else the app's. */
  private lang(options?: LanguageOption): string | undefined {
    return options?.lang ?? this.appLanguageApi?.getLanguage().language;
  }

  async listModels(options: LanguageOption = {}): Promise<ModelList> {
    const list = await this.get<ModelList>(
      `/models${queryString({ lang: this.lang(options) })}`,
    );
    this.defaultModelId = list.defaultModelId;
    return list;
  }

  async getModel(
    modelId: string,
    options: LanguageOption = {},
  ): Promise<MaturityModel> {
    return this.get(
      `/models/${encodeURIComponent(modelId)}${queryString({
        lang: this.lang(options),
      })}`,
    );
  }

  async getScorecard(
    entityRef: string,
    options: ModelOption = {},
  ): Promise<EntityScorecard> {
    const lang = this.lang(options);
    const modelId = options.model ?? this.defaultModelId;
    const path = (view?: 'results') =>
      `/entities/${entityPath(entityRef)}/scorecard${queryString({
        model: options.model,
        view,
        lang,
      })}`;
    if (!modelId || this.prefetched.has(path())) {
      // Which model is the default is not known yet (or was not when this
      // scorecard was prefetched): one request for the whole scorecard
      // rather than the results, then the model.
      const card = await this.shared<EntityScorecard>(path());
      this.defaultModelId = card.modelId;
      return card;
    }
    // The model is asked for alongside the results, not after them.
    const request = this.shared<ScorecardResults>(path('results'));
    const model = this.cachedModel(modelId, lang);
    model.catch(() => undefined);
    const results = await request;
    if (!options.model) this.defaultModelId = results.modelId;
    return expandScorecard(await this.modelOf(results, model, lang), results);
  }

  /** A GET shared by the callers asking while it is in flight. */
  private shared<T>(path: string): Promise<T> {
    let request = this.inFlight.get(path);
    if (request) {
      // joined: a prefetch of it is not to answer a later request
      this.prefetched.take(path);
    } else {
      request = this.get<T>(path).finally(() => this.inFlight.delete(path));
      this.inFlight.set(path, request);
    }
    return request as Promise<T>;
  }

  /** The model in a language, from the cache or fetched. */
  private cachedModel(
    modelId: string,
    lang: string | undefined,
  ): Promise<MaturityModel> {
    return (
      this.models.get(modelKey(modelId, lang)) ?? this.fetchModel(modelId, lang)
    );
  }

  /** Fetches a model into the cache; a failed fetch leaves it. */
  private fetchModel(
    modelId: string,
    lang: string | undefined,
  ): Promise<MaturityModel> {
    const key = modelKey(modelId, lang);
    const fetched = this.getModel(modelId, { lang });
    this.models.set(key, fetched);
    fetched.catch(() => {
      if (this.models.get(key) === fetched) this.models.delete(key);
    });
    return fetched;
  }

  /**
   * The model the results were read under: the one fetched alongside them
   * when it is that id and version, else the cached or a fresh one (the
   * default model changed, or the backend reloaded the model).
   */
  private async modelOf(
    results: ScorecardResults,
    expected: Promise<MaturityModel>,
    lang: string | undefined,
  ): Promise<MaturityModel> {
    const matches = (model: MaturityModel | undefined) =>
      model?.id === results.modelId && model.version === results.modelVersion;
    const model = await expected.catch(() => undefined);
    if (matches(model)) return model!;
    const cached = this.models.get(modelKey(results.modelId, lang));
    if (cached && cached !== expected) {
      const other = await cached.catch(() => undefined);
      if (matches(other)) return other!;
    }
    return this.fetchModel(results.modelId, lang);
  }

  async refreshEntity(
    entityRef: string,
    options: ModelOption = {},
  ): Promise<EntityScorecard> {
    return this.send(
      'POST',
      `/entities/${entityPath(entityRef)}/refresh${queryString({
        model: options.model,
        lang: this.lang(options),
      })}`,
    );
  }

  async getEntityHistory(
    entityRef: string,
    options: ModelOption & TimeRangeOption & { domain?: string } = {},
  ): Promise<{ items: LevelHistoryPoint[] }> {
    const { model, domain, from, to } = options;
    return this.get(
      `/entities/${entityPath(entityRef)}/history${queryString({
        model,
        domain,
        from,
        to,
      })}`,
    );
  }

  async listEntities(query: EntityListQuery = {}): Promise<EntityListPage> {
    const { model, group, unowned, domain, minLevel, maxLevel } = query;
    const { kind, lifecycle, cursor, limit } = query;
    return this.get(
      `/entities${queryString({
        model,
        group,
        unowned: unowned ? 'true' : undefined,
        domain,
        minLevel,
        maxLevel,
        kind,
        lifecycle,
        cursor,
        limit,
      })}`,
    );
  }

  async getGroupRollup(
    groupRef: string,
    options: ModelOption & { weakest?: number } = {},
  ): Promise<GroupRollup> {
    return this.get(
      `/groups/${groupPath(groupRef)}/rollup${queryString({
        model: options.model,
        weakest: options.weakest,
      })}`,
    );
  }

  async getOrgRollup(options: ModelOption = {}): Promise<OrgRollup> {
    return this.get(`/rollups${queryString({ model: options.model })}`);
  }

  async getRollupTrend(
    options: ModelOption &
      TimeRangeOption & { group?: string; domain?: string } = {},
  ): Promise<{ items: RollupTrendPoint[] }> {
    const { model, group, domain, from, to } = options;
    return this.get(
      `/rollups/trend${queryString({ model, group, domain, from, to })}`,
    );
  }

  async getIndicators(
    options: LanguageOption & {
      model: string;
      group?: string;
    },
  ): Promise<IndicatorList> {
    return this.get(
      `/indicators${queryString({
        model: options.model,
        group: options.group,
        lang: this.lang(options),
      })}`,
    );
  }

  async listAttestations(entityRef: string): Promise<AttestationList> {
    return this.get(`/attestations${queryString({ entityRef })}`);
  }

  async createAttestation(
    request: CreateAttestationRequest,
  ): Promise<AttestationChange> {
    return this.send('POST', '/attestations', request);
  }

  async revokeAttestation(
    attestationId: string,
    reason?: string,
  ): Promise<AttestationChange> {
    return this.send(
      'DELETE',
      `/attestations/${encodeURIComponent(attestationId)}${queryString({
        reason,
      })}`,
    );
  }

  async listWaivers(entityRef: string): Promise<{ items: WaiverRecord[] }> {
    return this.get(`/waivers${queryString({ entityRef })}`);
  }

  async createWaiver(request: CreateWaiverRequest): Promise<WaiverRecord> {
    return this.send('POST', '/waivers', request);
  }

  async revokeWaiver(
    waiverId: string,
    options: { reason?: string } = {},
  ): Promise<WaiverRecord> {
    return this.send(
      'DELETE',
      `/waivers/${encodeURIComponent(waiverId)}${queryString({
        reason: options.reason,
      })}`,
    );
  }

  async getGate(
    entityRef: string,
    options: ModelOption & { minLevel: number; domain?: string },
  ): Promise<GateResult> {
    return this.get(
      `/gate${queryString({
        entityRef,
        model: options.model,
        domain: options.domain,
        minLevel: options.minLevel,
        lang: this.lang(options),
      })}`,
    );
  }

  async getStaleEvidence(
    query: StaleEvidenceQuery = {},
  ): Promise<StaleEvidenceSummary> {
    return this.get(
      `/stale-evidence${queryString({
        model: query.modelId,
        group: query.group,
        limit: query.limit,
      })}`,
    );
  }

  async listRuns(
    options: { limit?: number } = {},
  ): Promise<{ items: RunRecord[] }> {
    return this.get(`/runs${queryString({ limit: options.limit })}`);
  }

  async triggerRun(): Promise<TriggerRunResult> {
    return this.send('POST', '/runs');
  }

  async listCampaigns(
    query: CampaignListQuery = {},
  ): Promise<{ items: CampaignSummary[] }> {
    return this.get(
      `/campaigns${queryString({ state: query.state, owner: query.owner })}`,
    );
  }

  async getCampaign(campaignId: string): Promise<{ campaign: Campaign }> {
    return this.get(`/campaigns/${encodeURIComponent(campaignId)}`);
  }

  async createCampaign(input: CampaignInput): Promise<CampaignChange> {
    return this.send('POST', '/campaigns', input);
  }

  async updateCampaign(
    campaignId: string,
    input: CampaignInput,
  ): Promise<CampaignChange> {
    return this.send(
      'PUT',
      `/campaigns/${encodeURIComponent(campaignId)}`,
      input,
    );
  }

  async archiveCampaign(campaignId: string): Promise<{ campaign: Campaign }> {
    return this.send(
      'POST',
      `/campaigns/${encodeURIComponent(campaignId)}/archive`,
    );
  }

  async getCampaignProgress(
    campaignId: string,
    query: CampaignEntityQuery = {},
  ): Promise<CampaignProgress> {
    return this.get(
      `/campaigns/${encodeURIComponent(campaignId)}/progress${queryString({
        entityOffset: query.entityOffset,
        entityLimit: query.entityLimit,
        entityFilter: query.entityFilter,
        team: query.team,
        q: query.q,
      })}`,
    );
  }

  async getCampaignEntitiesCsv(
    campaignId: string,
    query: Omit<CampaignEntityQuery, 'entityOffset' | 'entityLimit'> = {},
  ): Promise<Blob> {
    const baseUrl = await this.discoveryApi.getBaseUrl('maturity');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/campaigns/${encodeURIComponent(
        campaignId,
      )}/entities.csv${queryString({
        entityFilter: query.entityFilter,
        team: query.team,
        q: query.q,
      })}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  async getCampaignAudit(
    campaignId: string,
  ): Promise<{ items: CampaignAuditEntry[] }> {
    return this.get(`/campaigns/${encodeURIComponent(campaignId)}/audit`);
  }

  async listEntityCampaigns(
    entityRef: string,
  ): Promise<{ items: EntityCampaign[] }> {
    return this.get(`/entities/${entityPath(entityRef)}/campaigns`);
  }

  async listGroupCampaigns(
    groupRef: string,
  ): Promise<{ items: CampaignSummary[] }> {
    return this.get(`/groups/${groupPath(groupRef)}/campaigns`);
  }

  async getReport(
    scopeRef: string,
    options: ReportOptions = {},
  ): Promise<MaturityReport> {
    return this.get(
      `/reports/${entityPath(scopeRef)}${queryString({
        format: 'json',
        model: options.model,
        domains: options.domains?.length
          ? options.domains.join(',')
          : undefined,
        lang: this.lang(options),
      })}`,
    );
  }

  async saveReport(request: SaveReportRequest): Promise<SavedReport> {
    const lang = this.lang(request);
    return this.send('POST', '/reports', {
      ...request,
      ...(lang && { lang }),
    });
  }

  async listSavedReports(scopeRef: string): Promise<{ items: SavedReport[] }> {
    return this.get(`/reports${queryString({ scope: scopeRef })}`);
  }

  async getSavedReport(id: string, format: SavedReportFormat): Promise<Blob> {
    const baseUrl = await this.discoveryApi.getBaseUrl('maturity');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/reports/saved/${encodeURIComponent(id)}${queryString({
        format,
      })}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  private get<T>(path: string): Promise<T> {
    if (this.prefetching) {
      return this.prefetched.start(path, () => this.send<T>('GET', path));
    }
    return this.prefetched.take<T>(path) ?? this.send<T>('GET', path);
  }

  private async send<T>(
    method: string,
    path: string,
    body?: object,
  ): Promise<T> {
    if (method !== 'GET') this.prefetched.clear();
    const baseUrl = await this.discoveryApi.getBaseUrl('maturity');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
