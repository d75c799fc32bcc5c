import type { EntityPredicate } from '../model/types';

/**
 * The life cycle of a campaign: draft → active → completed, or archived.
 *
 * @public
 */
export type CampaignState = 'draft' | 'active' | 'completed' | 'archived';

/**
 * A level to reach in one domain of the model, or overall.
 *
 * @public
 */
export interface CampaignTarget {
  /** A domain id of the campaign's model, or `overall`. */
  domain: string;
  /** The level to reach, 1 to 5. */
  level: number;
}

/**
 * Which entities a campaign concerns.
 *
 * @public
 */
export interface CampaignScope {
  /** Group entity refs: entities owned by them or by any group nested under them. */
  groups?: string[];
  /** The same predicate language as a check's `appliesTo`. */
  filter?: EntityPredicate;
}

/**
 * The body of `POST /campaigns` and `PUT /campaigns/{id}`.
 *
 * @public
 */
export interface CampaignInput {
  /** POST only; `[a-z0-9][a-z0-9-]{0,62}`; generated from the title when absent. */
  id?: string;
  title: string;
  /** Markdown. */
  description?: string;
  /** A group or user entity ref. */
  owner: string;
  modelId: string;
  /** At least one, no domain twice. */
  targets: CampaignTarget[];
  scope: CampaignScope;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, after `startDate`. */
  targetDate: string;
  /** Default `active` on POST; PUT may also set `completed`. */
  state?: 'draft' | 'active' | 'completed';
}

/**
 * A stored (or configured) campaign.
 *
 * @public
 */
export interface Campaign {
  id: string;
  title: string;
  description?: string;
  owner: string;
  modelId: string;
  targets: CampaignTarget[];
  scope: CampaignScope;
  startDate: string;
  targetDate: string;
  state: CampaignState;
  /** Campaigns from app-config (`maturity.campaigns`) are read-only. */
  source: 'api' | 'config';
  createdBy?: string;
  createdAt: string;
  updatedBy?: string;
  updatedAt: string;
}

/**
 * The headline figures of a campaign's progress.
 *
 * @public
 */
export interface CampaignProgressSummary {
  inScope: number;
  meeting: number;
  /** 0..1; 0 when nothing is in scope. */
  ratio: number;
  /** Target date minus today, in days; negative once past. */
  daysLeft: number;
  atRisk: boolean;
  projectedDate?: string;
}

/**
 * An item of `GET /campaigns`.
 *
 * @public
 */
export interface CampaignSummary extends Campaign {
  progress: CampaignProgressSummary;
}

/**
 * An entity's level against one target.
 *
 * @public
 */
export interface CampaignEntityTarget {
  domain: string;
  target: number;
  /** The current level, 0 when none. */
  level: number;
  meets: boolean;
}

/**
 * A check still standing between an entity and a target.
 *
 * @public
 */
export interface CampaignRemainingCheck {
  checkId: string;
  title: string;
  domain: string;
  level: number;
  status: string;
}

/**
 * One entity in a campaign's scope.
 *
 * @public
 */
export interface CampaignEntityProgress {
  entityRef: string;
  title?: string;
  kind: string;
  owner?: string;
  /** Meets every target. */
  meets: boolean;
  targets: CampaignEntityTarget[];
  /** Failing or unknown checks at or below the level of a target not met. */
  remainingChecks: CampaignRemainingCheck[];
}

/**
 * One team (group) under the scope's groups, with the entities of it and of
 * its nested groups.
 *
 * @public
 */
export interface CampaignTeamProgress {
  groupRef: string;
  title?: string;
  parentRef?: string;
  depth: number;
  inScope: number;
  meeting: number;
  ratio: number;
  /** `inScope - meeting`. */
  lag: number;
}

/**
 * One day of a campaign's burn-up.
 *
 * @public
 */
export interface CampaignBurnupPoint {
  date: string;
  meeting: number;
  inScope: number;
  /** Linear from `meeting` at the start date to `inScope` at the target date. */
  ideal: number;
}

/**
 * `GET /campaigns/{id}/progress`.
 *
 * @public
 */
export interface CampaignProgress {
  campaign: Campaign;
  generatedAt: string;
  inScope: number;
  meeting: number;
  ratio: number;
  daysLeft: number;
  /** From the slope of the last 14 days of the burn-up; absent without progress. */
  projectedDate?: string;
  atRisk: boolean;
  /** Sorted by lag, largest first. */
  teams: CampaignTeamProgress[];
  /**
   * One page of the entities matching the entity query: those not meeting
   * every target first, then by remaining checks (most first), then by ref.
   */
  entities: CampaignEntityProgress[];
  /** How many entities match the entity query (`inScope` counts them all). */
  entityTotal: number;
  /** The position of the page's first entity among the matching ones. */
  entityOffset: number;
  /** The page size asked for. */
  entityLimit: number;
  /** One point per day from the start date to min(today, target date). */
  burnup: CampaignBurnupPoint[];
  /** E.g. `scope matches no entity`. */
  warnings: string[];
}

/**
 * Which entities of a campaign a progress page lists: `behind` those not
 * meeting every target, `meeting` those that do.
 *
 * @public
 */
export type CampaignEntityFilter = 'all' | 'behind' | 'meeting';

/**
 * The entity query of `GET /campaigns/{id}/progress` and
 * `GET /campaigns/{id}/entities.csv`.
 *
 * @public
 */
export interface CampaignEntityQuery {
  /** Default 0. */
  entityOffset?: number;
  /** 1 to 1000, default 100 (progress only; the CSV holds every match). */
  entityLimit?: number;
  /** Default `all`. */
  entityFilter?: CampaignEntityFilter;
  /** A group ref: entities owned by it or by a group nested under it. */
  team?: string;
  /** Case-insensitive search in the entity ref and title. */
  q?: string;
}

/**
 * An item of `GET /entities/{kind}/{namespace}/{name}/campaigns`.
 *
 * @public
 */
export interface EntityCampaign {
  campaign: Campaign;
  meets: boolean;
  targets: CampaignEntityTarget[];
  remainingChecks: CampaignRemainingCheck[];
  daysLeft: number;
}

/**
 * An entry of a campaign's audit trail.
 *
 * @public
 */
export interface CampaignAuditEntry {
  action: 'create' | 'update' | 'archive';
  actor: string;
  at: string;
  /** `{ field: { before, after } }` for updates; the campaign for create. */
  changes: Record<string, unknown>;
}
