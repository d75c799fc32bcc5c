/** The events service topic every maturity event is published on. */
export const MATURITY_EVENTS_TOPIC = 'maturity';

/**
 * The payload of `maturity.level.changed`: one domain level or overall
 * level of one entity under one model changed.
 */
export interface MaturityLevelChangedEvent {
  type: 'maturity.level.changed';
  entityRef: string;
  /** The model id. */
  model: string;
  /** The domain id, or `overall` for the entity's overall level. */
  domain: string;
  /** The level before; `null` on a first evaluation or when it did not apply. */
  from: number | null;
  /** The new level; `null` when it no longer applies. */
  to: number | null;
  /** When the change was recorded (ISO date-time). */
  at: string;
}

/** The type of a campaign event, `maturity.campaign.<what>`. */
export type MaturityCampaignEventType = `maturity.campaign.${string}`;

/** The payload of a `maturity.campaign.*` event. */
export type MaturityCampaignEvent = {
  type: MaturityCampaignEventType;
  /** The campaign id. */
  campaignId: string;
  /** When it happened (ISO date-time). */
  at: string;
} & Record<string, unknown>;
