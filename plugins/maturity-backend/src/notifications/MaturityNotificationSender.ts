import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { forEachBounded } from '../lib/forEachBounded';
import type {
  MaturityNotificationKind,
  NotificationSettings,
} from './readNotificationSettings';

/** Notifications sent at the same time; each is one request to the notifications backend. */
const DEFAULT_CONCURRENCY = 10;

/** The topic of every maturity notification. */
export const MATURITY_NOTIFICATION_TOPIC = 'maturity';

/** One notification to send; `payload.scope` is required for deduplication. */
export interface MaturityNotification {
  recipients: NotificationSendOptions['recipients'];
  payload: NotificationSendOptions['payload'] & { scope: string };
}

/** What {@link MaturityNotificationSender.send} did. */
export interface SendOutcome {
  sent: number;
  failed: number;
  /** Not sent: the kind is switched off, or the scope came twice. */
  skipped: number;
}

/**
 * Sends maturity notifications of one kind: nothing when the kind is
 * switched off in app-config (`maturity.notifications.<kind>: false`); each
 * scope once per call; topic `maturity`; at most `concurrency` requests in
 * flight; failures logged in one line per call, never thrown.
 */
export class MaturityNotificationSender {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      settings: NotificationSettings;
      logger: LoggerService;
      concurrency?: number;
    },
  ) {}

  /** Whether notifications of the kind are switched on. */
  isEnabled(kind: MaturityNotificationKind): boolean {
    return this.options.settings[kind];
  }

  async send(
    kind: MaturityNotificationKind,
    notifications: readonly MaturityNotification[],
  ): Promise<SendOutcome> {
    if (!this.isEnabled(kind)) {
      return { sent: 0, failed: 0, skipped: notifications.length };
    }
    const scopes = new Set<string>();
    const unique = notifications.filter(n => {
      if (scopes.has(n.payload.scope)) return false;
      scopes.add(n.payload.scope);
      return true;
    });
    const { notifications: service, logger, concurrency } = this.options;
    const { failed, firstError } = await forEachBounded(
      unique,
      concurrency ?? DEFAULT_CONCURRENCY,
      n =>
        service.send({
          recipients: n.recipients,
          payload: { topic: MATURITY_NOTIFICATION_TOPIC, ...n.payload },
        }),
    );
    if (failed > 0) {
      logger.warn(
        `Maturity ${kind} notifications: ${failed} of ${unique.length} not sent: ${firstError}`,
      );
    }
    return {
      sent: unique.length - failed,
      failed,
      skipped: notifications.length - unique.length,
    };
  }
}
