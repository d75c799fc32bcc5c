import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';

/** A notification service that records what it is asked to send. */
export class RecordingNotificationService implements NotificationService {
  readonly sent: NotificationSendOptions[] = [];
  /** Makes the next sends fail with this error while set. */
  failWith?: Error;

  async send(options: NotificationSendOptions): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.sent.push(options);
  }
}
