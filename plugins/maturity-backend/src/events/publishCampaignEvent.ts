import type { EventsService } from '@backstage/plugin-events-node';
import {
  MATURITY_EVENTS_TOPIC,
  MaturityCampaignEvent,
  MaturityCampaignEventType,
} from './maturityEvents';

/**
 * Publishes a `maturity.campaign.*` event on the events service (topic
 * `maturity`): `{ type, campaignId, at, ...details }`. `at` defaults to now.
 * Errors reach the caller.
 */
export async function publishCampaignEvent(
  events: EventsService,
  type: MaturityCampaignEventType,
  payload: { campaignId: string; at?: string } & Record<string, unknown>,
): Promise<MaturityCampaignEvent> {
  const eventPayload: MaturityCampaignEvent = {
    ...payload,
    type,
    campaignId: payload.campaignId,
    at: payload.at ?? new Date().toISOString(),
  };
  await events.publish({ topic: MATURITY_EVENTS_TOPIC, eventPayload });
  return eventPayload;
}
