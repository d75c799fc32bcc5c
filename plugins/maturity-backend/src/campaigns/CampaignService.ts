import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type { EventsService } from '@backstage/plugin-events-node';
import type {
  Campaign,
  CampaignAuditEntry,
  CampaignState,
  CampaignSummary,
  EntityCampaign,
} from '@devops-maturity/plugin-maturity-common';
import { daysBetween } from '@devops-maturity/plugin-maturity-common';
import type { ModelRegistry } from '../model/ModelRegistry';
import { campaignEventDetails } from '../events/campaignEventDetails';
import { publishCampaignEvent } from '../events/publishCampaignEvent';
import type { CampaignScopeData } from '../store/campaigns/readCampaignScope';
import { CAMPAIGN_FIELDS } from '../store/campaigns/rows';
import { stableJson } from '../store/json';
import type { MaturityStore } from '../store/MaturityStore';
import { parseCampaignInput, slugOf } from './campaignInput';
import type { CampaignProgressSnapshot } from './CampaignProgressSnapshot';
import {
  computeCampaignProgress,
  scopeWarnings,
} from './computeCampaignProgress';

/** What the campaign service needs. */
export interface CampaignServiceOptions {
  store: MaturityStore;
  models: ModelRegistry;
  /** Campaigns from app-config (read-only). */
  configCampaigns?: Campaign[];
  /** The current time (tests); the clock by default. */
  now?: () => Date;
  /**
   * Where `maturity.campaign.created`, `.updated` and `.archived` are
   * published; none when absent.
   */
  events?: EventsService;
  /** Logs events that could not be published. */
  logger?: LoggerService;
}

/** A write's answer: the campaign and the warnings about its scope. */
export interface CampaignWriteResult {
  campaign: Campaign;
  warnings: string[];
}

/**
 * Campaigns from the store and app-config: validation, ids, read-only
 * config campaigns, and progress derived from the store's scope reads.
 */
export class CampaignService {
  private readonly store: MaturityStore;
  private readonly models: ModelRegistry;
  private readonly configCampaigns: Campaign[];
  private readonly now: () => Date;
  private readonly events?: EventsService;
  private readonly logger?: LoggerService;
  /**
   * Progress computed from a scope read, while the store's read cache holds
   * that read (so per model version and write generation).
   */
  private readonly computed = new WeakMap<
    CampaignScopeData,
    Map<string, CampaignProgressSnapshot>
  >();

  constructor(options: CampaignServiceOptions) {
    this.store = options.store;
    this.models = options.models;
    this.configCampaigns = options.configCampaigns ?? [];
    this.now = options.now ?? (() => new Date());
    this.events = options.events;
    this.logger = options.logger;
  }

  /** Config and stored campaigns, by target date then id. */
  async list(query: {
    state?: CampaignState;
    owner?: string;
  }): Promise<Campaign[]> {
    const stored = await this.store.listCampaigns(query);
    const configured = this.configCampaigns.filter(
      c =>
        (query.state ? c.state === query.state : c.state !== 'archived') &&
        (!query.owner || c.owner === query.owner),
    );
    return [...configured, ...stored].sort(
      (a, b) =>
        a.targetDate.localeCompare(b.targetDate) || a.id.localeCompare(b.id),
    );
  }

  /** A campaign; 404 when unknown. */
  async get(id: string): Promise<Campaign> {
    const campaign =
      this.configCampaigns.find(c => c.id === id) ??
      (await this.store.getCampaign(id));
    if (!campaign) throw new NotFoundError(`No campaign "${id}"`);
    return campaign;
  }

  /** Creates a campaign; 400 for bad input, 409 when the id is taken. */
  async create(body: unknown, actor: string): Promise<CampaignWriteResult> {
    const { id: requested, ...change } = parseCampaignInput(body, this.models);
    let id = requested;
    if (id) {
      if (this.configCampaigns.some(c => c.id === id)) {
        throw new ConflictError(
          `A campaign with id "${id}" exists (app-config)`,
        );
      }
    } else {
      id = await this.freeId(slugOf(change.title));
    }
    const campaign = await this.store.createCampaign(
      id,
      change,
      actor,
      this.now(),
    );
    await this.publish('maturity.campaign.created', campaign, { actor });
    return { campaign, warnings: await this.warnings(campaign) };
  }

  /** Replaces a stored campaign's fields; 409 for config or archived ones. */
  async update(
    id: string,
    body: unknown,
    actor: string,
  ): Promise<CampaignWriteResult> {
    const current = await this.writable(id);
    const { id: _ignored, ...change } = parseCampaignInput(body, this.models, {
      update: true,
      defaultState: current.state as 'draft' | 'active' | 'completed',
    });
    const campaign = await this.store.updateCampaign(
      id,
      change,
      actor,
      this.now(),
    );
    if (!campaign) throw new NotFoundError(`No campaign "${id}"`);
    const changed = CAMPAIGN_FIELDS.filter(
      f => stableJson(current[f] ?? null) !== stableJson(campaign[f] ?? null),
    );
    if (changed.length) {
      await this.publish('maturity.campaign.updated', campaign, {
        actor,
        changed,
      });
    }
    return { campaign, warnings: await this.warnings(campaign) };
  }

  /** Archives a stored campaign; archiving twice changes nothing. */
  async archive(id: string, actor: string): Promise<Campaign> {
    const current = await this.get(id);
    this.assertStored(current);
    if (current.state === 'archived') return current;
    const campaign = await this.store.archiveCampaign(id, actor, this.now());
    if (!campaign) throw new NotFoundError(`No campaign "${id}"`);
    await this.publish('maturity.campaign.archived', campaign, { actor });
    return campaign;
  }

  /** The audit trail of a campaign (empty for config campaigns). */
  async audit(id: string): Promise<CampaignAuditEntry[]> {
    const campaign = await this.get(id);
    return campaign.source === 'config' ? [] : this.store.listCampaignAudit(id);
  }

  /**
   * The progress of a campaign with every entity in scope, computed once per
   * scope read (and day); pages and CSV rows are taken from it.
   */
  async progress(id: string): Promise<CampaignProgressSnapshot> {
    return this.progressOf(await this.get(id));
  }

  /** Campaigns with their headline progress (`withinGroup`: that group's entities). */
  async summaries(
    campaigns: Campaign[],
    withinGroup?: string,
  ): Promise<CampaignSummary[]> {
    const result: CampaignSummary[] = [];
    for (const campaign of campaigns) {
      const { head: p } = await this.progressOf(campaign, withinGroup);
      if (withinGroup && p.inScope === 0) continue;
      result.push({
        ...campaign,
        progress: {
          inScope: p.inScope,
          meeting: p.meeting,
          ratio: p.ratio,
          daysLeft: p.daysLeft,
          atRisk: p.atRisk,
          ...(p.projectedDate ? { projectedDate: p.projectedDate } : {}),
        },
      });
    }
    return result;
  }

  /** The active campaigns whose scope holds an entity, with what it needs. */
  async entityCampaigns(entityRef: string): Promise<EntityCampaign[]> {
    const today = this.now().toISOString().slice(0, 10);
    const items: EntityCampaign[] = [];
    for (const campaign of await this.list({ state: 'active' })) {
      const progress = await (
        await this.progressOf(campaign)
      ).entity(entityRef);
      if (!progress) continue;
      items.push({
        campaign,
        meets: progress.meets,
        targets: progress.targets,
        remainingChecks: progress.remainingChecks,
        daysLeft: daysBetween(today, campaign.targetDate),
      });
    }
    return items;
  }

  private async progressOf(
    campaign: Campaign,
    withinGroup?: string,
  ): Promise<CampaignProgressSnapshot> {
    const now = this.now();
    const data = (await this.scope(campaign, withinGroup)) ?? {
      entities: [],
      teams: [],
      unknownGroups: [],
    };
    const key = [
      campaign.id,
      campaign.source,
      campaign.updatedAt,
      now.toISOString().slice(0, 10),
      withinGroup ?? '',
    ].join('|');
    const memo =
      this.computed.get(data) ?? new Map<string, CampaignProgressSnapshot>();
    this.computed.set(data, memo);
    const known = memo.get(key);
    if (known) return known;
    const progress = computeCampaignProgress({
      campaign,
      data,
      titleOf: this.titles(campaign),
      readChecks: entities =>
        this.store.readCampaignChecks({ modelId: campaign.modelId, entities }),
      now,
    });
    if (!this.models.ids().includes(campaign.modelId)) {
      progress.head.warnings.push(
        `modelId: model "${campaign.modelId}" is not loaded`,
      );
    }
    memo.set(key, progress);
    return progress;
  }

  /** The scope read; undefined when the campaign's model is not loaded. */
  private async scope(
    campaign: Campaign,
    withinGroup?: string,
  ): Promise<CampaignScopeData | undefined> {
    if (!this.models.ids().includes(campaign.modelId)) return undefined;
    return this.store.readCampaignScope({
      modelId: campaign.modelId,
      modelVersion: this.models.get(campaign.modelId).model.version,
      ...(campaign.scope.groups ? { groups: campaign.scope.groups } : {}),
      ...(campaign.scope.filter ? { filter: campaign.scope.filter } : {}),
      ...(withinGroup ? { withinGroup } : {}),
      targets: campaign.targets,
    });
  }

  /** A target domain's title in the campaign's model (`overall` as is). */
  domainTitles(campaign: Campaign): (domain: string) => string {
    if (!this.models.ids().includes(campaign.modelId)) return d => d;
    const { domains } = this.models.get(campaign.modelId).model;
    return d => domains.find(x => x.id === d)?.title ?? d;
  }

  private titles(campaign: Campaign) {
    if (!this.models.ids().includes(campaign.modelId)) return () => undefined;
    const compiled = this.models.get(campaign.modelId);
    return (checkId: string) => compiled.getCheck(checkId)?.check.title;
  }

  private async warnings(campaign: Campaign): Promise<string[]> {
    const data = await this.scope(campaign);
    return data ? scopeWarnings(campaign, data) : [];
  }

  /** Publishes a campaign event; a failure is logged, the write stands. */
  private async publish(
    type: `maturity.campaign.${'created' | 'updated' | 'archived'}`,
    campaign: Campaign,
    details: Record<string, unknown>,
  ): Promise<void> {
    if (!this.events) return;
    try {
      await publishCampaignEvent(this.events, type, {
        ...campaignEventDetails(campaign),
        ...details,
        at: campaign.updatedAt,
      });
    } catch (error) {
      this.logger?.warn(`Maturity event ${type} not published: ${error}`);
    }
  }

  private assertStored(campaign: Campaign) {
    if (campaign.source === 'config') {
      throw new ConflictError(
        `Campaign "${campaign.id}" is declared in app-config (maturity.campaigns) and is read-only`,
      );
    }
  }

  private async writable(id: string): Promise<Campaign> {
    const campaign = await this.get(id);
    this.assertStored(campaign);
    if (campaign.state === 'archived') {
      throw new ConflictError(`Campaign "${id}" is archived and read-only`);
    }
    return campaign;
  }

  private async freeId(slug: string): Promise<string> {
    for (let n = 1; ; n++) {
      const id = n === 1 ? slug : `${slug}-${n}`;
      const taken =
        this.configCampaigns.some(c => c.id === id) ||
        (await this.store.getCampaign(id));
      if (!taken) return id;
    }
  }
}
