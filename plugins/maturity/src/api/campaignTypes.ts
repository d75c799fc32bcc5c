// Mirrors the campaigns contract (issue #14) until the types are exported by
// @devops-maturity/plugin-maturity-common (src/campaigns/types.ts); swap the
// definitions below for re-exports at merge.
import type { EntityPredicate } from '@devops-maturity/plugin-maturity-common';

/**
 * The lifecycle state of a campaign.
 *
 * @public
 */
export type CampaignState = 'draft' | 'active' | 'completed' | 'archived';

/**
 * A level to reach in a domain of the model, or `overall`.
 *
 * @public
 */
export interface CampaignTarget {
  /** A domain id of the model, or `overall`. */
  domain: string;
  /** 1..5. */
  level: number;
}

/**
 * The entities a campaign concerns.
 *
 * @public
 */
export interface CampaignScope {
  /** Group refs: entities owned by them or by groups nested under them. */
  groups?: string[];
  /** The predicate language of a check's `appliesTo`. */
  filter?: EntityPredicate;
}

/**
 * The body of `POST /campaigns` and `PUT /campaigns/{id}`.
 *
 * @public
 */
export interface CampaignInput {
  /** POST only; a slug, generated from the title when absent. */
  id?: string;
  title: string;
  /** Markdown. */
  description?: string;
  /** A group or user entity ref. */
  owner: string;
  modelId: string;
  targets: CampaignTarget[];
  scope: CampaignScope;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, after `startDate`. */
  targetDate: string;
  state?: 'draft' | 'active' | 'completed';
}

/**
 * A stored campaign.
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
  /** Config campaigns (app-config `maturity.campaigns`) are read-only. */
  source: 'api' | 'config';
  createdBy?: string;
  createdAt: string;
  updatedBy?: string;
  updatedAt: string;
}

/**
 * The progress figures of a campaign list item.
 *
 * @public
 */
export interface CampaignSummaryProgress {
  inScope: number;
  meeting: number;
  /** 0..1. */
  ratio: number;
  daysLeft: number;
  atRisk: boolean;
  projectedDate?: string;
}

/**
 * A campaign with its progress, as listed.
 *
 * @public
 */
export interface CampaignSummary extends Campaign {
  progress: CampaignSummaryProgress;
}

/**
 * An entity's current and target level for one target of a campaign.
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
 * A check an entity still has to pass for a campaign.
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
 * An entity in the scope of a campaign.
 *
 * @public
 */
export interface CampaignEntityProgress {
  entityRef: string;
  title?: string;
  kind: string;
  owner?: string;
  meets: boolean;
  targets: CampaignEntityTarget[];
  remainingChecks: CampaignRemainingCheck[];
}

/**
 * A team's progress in a campaign.
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
 * A day of a campaign's burn-up.
 *
 * @public
 */
export interface CampaignBurnupPoint {
  date: string;
  meeting: number;
  inScope: number;
  ideal: number;
}

/**
 * The progress of a campaign (`GET /campaigns/{id}/progress`).
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
  projectedDate?: string;
  atRisk: boolean;
  teams: CampaignTeamProgress[];
  entities: CampaignEntityProgress[];
  burnup: CampaignBurnupPoint[];
  warnings: string[];
}

/**
 * An active campaign of an entity, with where the entity stands.
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
 * The answer to creating or updating a campaign.
 *
 * @public
 */
export interface CampaignChange {
  campaign: Campaign;
  warnings: string[];
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
  changes: object;
}

/**
 * Filters of `GET /campaigns`.
 *
 * @public
 */
export interface CampaignListQuery {
  state?: CampaignState;
  owner?: string;
}
