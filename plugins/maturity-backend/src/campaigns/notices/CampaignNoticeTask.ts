import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import { Campaign, daysBetween } from '@devops-maturity/plugin-maturity-common';
import { campaignEventDetails } from '../../events/campaignEventDetails';
import { publishCampaignEvent } from '../../events/publishCampaignEvent';
import type { ModelRegistry } from '../../model/ModelRegistry';
import type {
  MaturityNotification,
  MaturityNotificationSender,
} from '../../notifications/MaturityNotificationSender';
import type { MaturityNotificationKind } from '../../notifications/readNotificationSettings';
import {
  CampaignNotice,
  EVENT_RECIPIENT,
} from '../../store/campaigns/campaignNotices';
import type { MaturityStore } from '../../store/MaturityStore';
import type { CampaignProgressHead } from '../CampaignProgressSnapshot';
import type { CampaignService } from '../CampaignService';
import type { CampaignEntityStanding } from '../entityProgress';
import {
  endNotification,
  entitiesByRecipient,
  reminderNotification,
  startNotification,
  teamOutcomes,
} from './campaignNotifications';
import { targetsLabel } from './campaignWording';
import { DueCampaignNotice, dueCampaignNotices } from './dueCampaignNotices';

/** A campaign's progress with every entity in scope, without checks. */
type CampaignNoticeProgress = CampaignProgressHead & {
  entities: CampaignEntityStanding[];
};

/** What the task needs. */
export interface CampaignNoticeTaskOptions {
  campaigns: Pick<CampaignService, 'list' | 'progress'>;
  store: Pick<MaturityStore, 'listCampaignNotices' | 'recordCampaignNotices'>;
  models: ModelRegistry;
  sender: MaturityNotificationSender;
  events: EventsService;
  logger: LoggerService;
  /** The current time (tests); the clock by default. */
  now?: () => Date;
}

/** What one run did. */
export interface CampaignNoticeRunResult {
  /** Notifications sent. */
  notified: number;
  /** Events published. */
  published: number;
  /** Campaigns that failed (logged). */
  failed: number;
}

const KIND: Record<DueCampaignNotice['event'], MaturityNotificationKind> = {
  start: 'campaignStart',
  reminder: 'campaignReminder',
  end: 'campaignEnd',
};

const EVENT_TYPE = {
  start: 'maturity.campaign.started',
  reminder: 'maturity.campaign.reminder',
  end: 'maturity.campaign.ended',
} as const;

const keyOf = (n: Pick<CampaignNotice, 'event' | 'recipient' | 'day'>) =>
  `${n.event}|${n.recipient}|${n.day}`;

/**
 * The scheduled campaign task: for each campaign that is not archived (API
 * and app-config), sends what is due today (see `dueCampaignNotices`) and
 * publishes its event, each once: what was done is recorded in
 * `maturity_campaign_notices` (per campaign, event, recipient and day).
 * Notifications go per owning group; the end summary to the campaign
 * owner. A kind switched off sends nothing and records nothing; a failed
 * send or publication is retried on the next run. One failing campaign
 * does not stop the others.
 */
export class CampaignNoticeTask {
  private readonly now: () => Date;

  constructor(private readonly options: CampaignNoticeTaskOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async run(signal?: AbortSignal): Promise<CampaignNoticeRunResult> {
    const result: CampaignNoticeRunResult = {
      notified: 0,
      published: 0,
      failed: 0,
    };
    const now = this.now();
    const today = now.toISOString().slice(0, 10);
    for (const campaign of await this.options.campaigns.list({})) {
      if (signal?.aborted) break;
      const due = dueCampaignNotices(campaign, today);
      if (due.length === 0) continue;
      try {
        await this.runCampaign(campaign, due, now, result);
      } catch (error) {
        result.failed += 1;
        this.options.logger.warn(
          `Maturity campaign "${campaign.id}": notices not sent: ${error}`,
        );
      }
    }
    return result;
  }

  private async runCampaign(
    campaign: Campaign,
    due: DueCampaignNotice[],
    now: Date,
    result: CampaignNoticeRunResult,
  ): Promise<void> {
    const { store, campaigns } = this.options;
    const done = new Set(
      (await store.listCampaignNotices(campaign.id)).map(keyOf),
    );
    const pending = due.filter(
      d =>
        !done.has(keyOf({ ...d, recipient: EVENT_RECIPIENT })) ||
        this.options.sender.isEnabled(KIND[d.event]),
    );
    if (pending.length === 0) return;
    const snapshot = await campaigns.progress(campaign.id);
    // every entity in scope against the targets (notices name no check)
    const progress: CampaignNoticeProgress = {
      ...snapshot.head,
      entities: [...snapshot.standings({ filter: 'all' })],
    };
    for (const item of pending) {
      const notice = {
        campaignId: campaign.id,
        event: item.event,
        day: item.day,
      };
      const notifications = this.notificationsFor(
        campaign,
        progress,
        item,
        now,
      ).filter(n => !done.has(keyOf({ ...notice, recipient: n.recipient })));
      if (
        notifications.length &&
        this.options.sender.isEnabled(KIND[item.event])
      ) {
        const outcome = await this.options.sender.send(
          KIND[item.event],
          notifications.map(n => n.notification),
        );
        result.notified += outcome.sent;
        if (outcome.failed === 0) {
          await store.recordCampaignNotices(
            notifications.map(n => ({ ...notice, recipient: n.recipient })),
            now,
          );
        }
      }
      if (!done.has(keyOf({ ...notice, recipient: EVENT_RECIPIENT }))) {
        await publishCampaignEvent(
          this.options.events,
          EVENT_TYPE[item.event],
          {
            ...campaignEventDetails(campaign),
            ...this.eventDetails(campaign, progress, item, now),
            at: now.toISOString(),
          },
        );
        result.published += 1;
        await store.recordCampaignNotices(
          [{ ...notice, recipient: EVENT_RECIPIENT }],
          now,
        );
      }
    }
  }

  private notificationsFor(
    campaign: Campaign,
    progress: CampaignNoticeProgress,
    item: DueCampaignNotice,
    now: Date,
  ): Array<{ recipient: string; notification: MaturityNotification }> {
    const wording = {
      targets: targetsLabel(campaign, this.options.models),
    };
    const daysLeft = daysLeftOf(campaign, now);
    if (item.event === 'end') {
      return [
        {
          recipient: campaign.owner,
          notification: endNotification(
            campaign,
            progress,
            teamOutcomes(progress.entities),
            wording,
          ),
        },
      ];
    }
    const groups = entitiesByRecipient(campaign, progress.entities);
    return groups.flatMap(group => {
      const notification =
        item.event === 'start'
          ? startNotification(campaign, group, wording, daysLeft)
          : reminderNotification(campaign, group, wording, {
              day: item.day,
              daysLeft,
            });
      return notification ? [{ recipient: group.recipient, notification }] : [];
    });
  }

  private eventDetails(
    campaign: Campaign,
    progress: CampaignNoticeProgress,
    item: DueCampaignNotice,
    now: Date,
  ): Record<string, unknown> {
    const counts = { inScope: progress.inScope, meeting: progress.meeting };
    const daysLeft = daysLeftOf(campaign, now);
    if (item.event === 'start') return { ...counts, daysLeft };
    if (item.event === 'reminder') {
      return { ...counts, reminderDays: item.reminderDays, daysLeft };
    }
    return {
      ...counts,
      teams: teamOutcomes(progress.entities).map(t => ({
        groupRef: t.groupRef,
        inScope: t.inScope,
        met: t.met,
        missed: t.missed,
      })),
    };
  }
}

function daysLeftOf(campaign: Campaign, now: Date): number {
  return daysBetween(now.toISOString().slice(0, 10), campaign.targetDate);
}
