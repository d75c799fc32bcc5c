import { mockServices } from '@backstage/backend-test-utils';
import { RecordingNotificationService } from './__testUtils__/RecordingNotificationService';
import { MaturityNotificationSender } from './MaturityNotificationSender';

const settings = {
  levelRegression: true,
  campaignStart: false,
  campaignReminder: true,
  campaignEnd: true,
};

const notification = (scope: string) => ({
  recipients: { type: 'entity' as const, entityRef: 'group:default/team-a' },
  payload: { title: `t ${scope}`, scope },
});

describe('MaturityNotificationSender', () => {
  it('sends each scope once, under the maturity topic', async () => {
    const notifications = new RecordingNotificationService();
    const sender = new MaturityNotificationSender({
      notifications,
      settings,
      logger: mockServices.logger.mock(),
    });
    const outcome = await sender.send('campaignReminder', [
      notification('a'),
      notification('b'),
      notification('a'),
    ]);
    expect(outcome).toEqual({ sent: 2, failed: 0, skipped: 1 });
    expect(notifications.sent.map(n => n.payload)).toEqual([
      { topic: 'maturity', title: 't a', scope: 'a' },
      { topic: 'maturity', title: 't b', scope: 'b' },
    ]);
  });

  it('sends nothing of a kind switched off', async () => {
    const notifications = new RecordingNotificationService();
    const sender = new MaturityNotificationSender({
      notifications,
      settings,
      logger: mockServices.logger.mock(),
    });
    expect(sender.isEnabled('campaignStart')).toBe(false);
    expect(await sender.send('campaignStart', [notification('a')])).toEqual({
      sent: 0,
      failed: 0,
      skipped: 1,
    });
    expect(notifications.sent).toEqual([]);
  });

  it('counts failures and logs them once', async () => {
    const notifications = new RecordingNotificationService();
    notifications.failWith = new Error('down');
    const logger = mockServices.logger.mock();
    const sender = new MaturityNotificationSender({
      notifications,
      settings,
      logger,
    });
    expect(
      await sender.send('campaignEnd', [notification('a'), notification('b')]),
    ).toEqual({ sent: 0, failed: 2, skipped: 0 });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('2 of 2 not sent: Error: down'),
    );
  });
});
