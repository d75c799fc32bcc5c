import type { Knex } from 'knex';
import { chunk } from '../chunks';
import { TABLES } from '../tables';
import { toIso } from '../time';

/** What the campaign task notices: a campaign's start, a reminder, its end. */
export type CampaignNoticeEvent = 'start' | 'reminder' | 'end';

/**
 * One thing the campaign task did: notified `recipient` (an entity ref), or
 * published the event (`recipient` `-`), of `event` for `day` (the start
 * date, the reminder's day or the target date).
 */
export interface CampaignNotice {
  campaignId: string;
  event: CampaignNoticeEvent;
  recipient: string;
  day: string;
}

/** The recipient of a notice that records the published event. */
export const EVENT_RECIPIENT = '-';

interface CampaignNoticeRow {
  campaign_id: string;
  event: string;
  recipient: string;
  day: string;
  sent_at: string;
}

/** The notices of a campaign. */
export async function listCampaignNotices(
  db: Knex,
  campaignId: string,
): Promise<CampaignNotice[]> {
  const rows: CampaignNoticeRow[] = await db(TABLES.campaignNotices)
    .where('campaign_id', campaignId)
    .orderBy(['event', 'day', 'recipient']);
  return rows.map(r => ({
    campaignId: r.campaign_id,
    event: r.event as CampaignNoticeEvent,
    recipient: r.recipient,
    day: r.day,
  }));
}

/** Records notices; one already recorded is left as it is. */
export async function recordCampaignNotices(
  db: Knex,
  notices: readonly CampaignNotice[],
  now: Date,
): Promise<void> {
  const sentAt = toIso(now);
  // 5 columns a row: under SQLite's most conservative 999 bound variables
  for (const piece of chunk(notices, 150)) {
    await db(TABLES.campaignNotices)
      .insert(
        piece.map(n => ({
          campaign_id: n.campaignId,
          event: n.event,
          recipient: n.recipient,
          day: n.day,
          sent_at: sentAt,
        })),
      )
      .onConflict(['campaign_id', 'event', 'recipient', 'day'])
      .ignore();
  }
}
