import type { CampaignProgressHead } from '../CampaignProgressSnapshot';
import { snapshotOf } from '../__testUtils__/snapshotOf';
import { mockServices } from '@backstage/backend-test-utils';
import type { EventParams } from '@backstage/plugin-events-node';
import type {
  Campaign,
  CampaignEntityProgress,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import { ModelRegistry } from '../../model/ModelRegistry';
import { MaturityNotificationSender } from '../../notifications/MaturityNotificationSender';
import type { NotificationSettings } from '../../notifications/readNotificationSettings';
import { RecordingNotificationService } from '../../notifications/__testUtils__/RecordingNotificationService';
import type { CampaignNotice } from '../../store/campaigns/campaignNotices';
import { CampaignNoticeTask } from './CampaignNoticeTask';

const model = {
  id: 'test-model',
  title: 'Test Model',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'sre',
      title: 'SRE',
      capabilities: [
        {
          id: 'sre-basics',
          title: 'Basics',
          checks: [
            {
              id: 'sre-described',
              title: 'Described',
              level: 1,
              rule: { fact: 'entity.metadata.description', operator: 'exists' },
              remediation: { markdown: 'Describe it.' },
            },
          ],
        },
      ],
    },
  ],
} as MaturityModel;

const campaign: Campaign = {
  id: 'pay-sre',
  title: 'Payments SRE level 3',
  owner: 'group:default/payments',
  modelId: 'test-model',
  targets: [{ domain: 'sre', level: 3 }],
  scope: { groups: ['group:default/payments'] },
  startDate: '2027-01-10',
  targetDate: '2027-03-31',
  state: 'active',
  source: 'api',
  createdAt: '2027-01-05T00:00:00.000Z',
  updatedAt: '2027-01-05T00:00:00.000Z',
};

const component = (
  name: string,
  owner: string | undefined,
  meets: boolean,
): CampaignEntityProgress => ({
  entityRef: `component:default/${name}`,
  ...(name === 'a' ? { title: 'Service A' } : {}),
  kind: 'Component',
  ...(owner ? { owner: `group:default/${owner}` } : {}),
  meets,
  targets: [{ domain: 'sre', target: 3, level: meets ? 3 : 2, meets }],
  remainingChecks: [],
});

const entities: CampaignEntityProgress[] = [
  component('a', 'team-a', true),
  component('b', 'team-a', false),
  component('c', 'team-a', false),
  component('d', 'team-b', false),
  component('e', 'team-done', true),
  // a group in scope is its own owner
  {
    entityRef: 'group:default/team-c',
    kind: 'Group',
    owner: 'group:default/payments',
    meets: false,
    targets: [],
    remainingChecks: [],
  },
  // unowned: the campaign owner hears of it
  component('f', undefined, false),
];

const allOn: NotificationSettings = {
  levelRegression: true,
  campaignStart: true,
  campaignReminder: true,
  campaignEnd: true,
};

function setup(
  options: {
    campaigns?: Campaign[];
    settings?: Partial<NotificationSettings>;
    today?: string;
  } = {},
) {
  const clock = { now: new Date(`${options.today ?? '2027-01-10'}T09:00:00Z`) };
  const campaigns = options.campaigns ?? [campaign];
  const notices: CampaignNotice[] = [];
  const published: EventParams[] = [];
  const notifications = new RecordingNotificationService();
  const logger = mockServices.logger.mock();
  const settings = { ...allOn, ...options.settings };
  const task = new CampaignNoticeTask({
    campaigns: {
      list: async () => campaigns,
      progress: async id => {
        if (id === 'broken') throw new Error('scope read failed');
        const c = campaigns.find(x => x.id === id)!;
        return snapshotOf(
          {
            campaign: c,
            inScope: entities.length,
            meeting: entities.filter(e => e.meets).length,
          } as CampaignProgressHead,
          entities.map(progress => ({ progress, teams: [] })),
        ).snapshot;
      },
    },
    store: {
      listCampaignNotices: async id => notices.filter(n => n.campaignId === id),
      recordCampaignNotices: async list => {
        for (const n of list) {
          if (
            !notices.some(
              x =>
                x.campaignId === n.campaignId &&
                x.event === n.event &&
                x.recipient === n.recipient &&
                x.day === n.day,
            )
          ) {
            notices.push(n);
          }
        }
      },
    },
    models: new ModelRegistry([model]),
    sender: new MaturityNotificationSender({
      notifications,
      settings,
      logger,
    }),
    events: {
      publish: async params => {
        published.push(params);
      },
      subscribe: async () => {},
    },
    logger,
    now: () => clock.now,
  });
  const at = (day: string) => {
    clock.now = new Date(`${day}T09:00:00Z`);
  };
  const recipients = () =>
    notifications.sent.map(n =>
      n.recipients.type === 'entity' ? n.recipients.entityRef : '?',
    );
  return {
    task,
    at,
    notices,
    published,
    notifications,
    settings,
    logger,
    recipients,
  };
}

const details = {
  campaignId: 'pay-sre',
  title: 'Payments SRE level 3',
  modelId: 'test-model',
  owner: 'group:default/payments',
  targets: [{ domain: 'sre', level: 3 }],
  startDate: '2027-01-10',
  targetDate: '2027-03-31',
  state: 'active',
};

describe('CampaignNoticeTask', () => {
  it('announces the start to each owning group once, and publishes maturity.campaign.started', async () => {
    const t = setup();
    expect(await t.task.run()).toEqual({
      notified: 5,
      published: 1,
      failed: 0,
    });
    expect(t.recipients()).toEqual([
      'group:default/payments',
      'group:default/team-a',
      'group:default/team-b',
      'group:default/team-c',
      'group:default/team-done',
    ]);
    expect(t.notifications.sent[1]).toEqual({
      recipients: { type: 'entity', entityRef: 'group:default/team-a' },
      payload: {
        topic: 'maturity',
        title: 'Campaign started: Payments SRE level 3',
        description:
          'SRE L3 by 31 Mar 2027 for your 3 components in scope, 1 already there — 80 days left. b, c, Service A',
        link: '/maturity/campaigns/pay-sre',
        severity: 'normal',
        scope:
          'maturity:campaign-start:group:default/team-a:pay-sre:2027-01-10',
      },
    });
    expect(t.published).toEqual([
      {
        topic: 'maturity',
        eventPayload: {
          type: 'maturity.campaign.started',
          ...details,
          inScope: 7,
          meeting: 2,
          daysLeft: 80,
          at: '2027-01-10T09:00:00.000Z',
        },
      },
    ]);

    // the same day and the next: nothing new
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });
    t.at('2027-01-11');
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });
    expect(t.notifications.sent).toHaveLength(5);
  });

  it('announces a start date already past once, keyed by the start date', async () => {
    const t = setup({ today: '2027-02-01' });
    await t.task.run();
    await t.task.run();
    expect(t.notifications.sent).toHaveLength(5);
    expect(t.notifications.sent[0].payload.scope).toBe(
      'maturity:campaign-start:group:default/payments:pay-sre:2027-01-10',
    );
    expect(t.published).toHaveLength(1);
  });

  it('reminds the groups that do not meet the targets 14 and 3 days before, each once', async () => {
    const t = setup();
    await t.task.run();
    const startCount = t.notifications.sent.length;

    t.at('2027-03-17');
    expect(await t.task.run()).toEqual({
      notified: 4,
      published: 1,
      failed: 0,
    });
    const fourteen = t.notifications.sent.slice(startCount);
    // team-done meets it: no reminder
    expect(fourteen.map(n => n.recipients)).not.toContainEqual({
      type: 'entity',
      entityRef: 'group:default/team-done',
    });
    expect(fourteen[1].payload).toEqual({
      topic: 'maturity',
      title:
        'SRE L3 by 31 Mar 2027: 2 of your 3 components do not meet it yet — 14 days left',
      description: 'Campaign "Payments SRE level 3". Not yet: b, c',
      link: '/maturity/campaigns/pay-sre',
      severity: 'normal',
      scope:
        'maturity:campaign-reminder:group:default/team-a:pay-sre:2027-03-17',
    });
    expect(t.published[1].eventPayload).toEqual({
      type: 'maturity.campaign.reminder',
      ...details,
      inScope: 7,
      meeting: 2,
      reminderDays: 14,
      daysLeft: 14,
      at: '2027-03-17T09:00:00.000Z',
    });
    // later days before the 3-day reminder: nothing
    t.at('2027-03-18');
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });

    t.at('2027-03-28');
    expect(await t.task.run()).toEqual({
      notified: 4,
      published: 1,
      failed: 0,
    });
    const three = t.notifications.sent.slice(startCount + 4);
    expect(three[1].payload).toMatchObject({
      title:
        'SRE L3 by 31 Mar 2027: 2 of your 3 components do not meet it yet — 3 days left',
      severity: 'high',
      scope:
        'maturity:campaign-reminder:group:default/team-a:pay-sre:2027-03-28',
    });
    expect(t.published[2].eventPayload).toMatchObject({
      type: 'maturity.campaign.reminder',
      reminderDays: 3,
      daysLeft: 3,
    });
    t.at('2027-03-30');
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });
  });

  it('sends only the latest reminder due after days without a run', async () => {
    const t = setup({ today: '2027-03-29' });
    await t.task.run();
    const scopes = t.notifications.sent.map(n => n.payload.scope ?? '');
    expect(scopes.filter(s => s.includes('campaign-reminder'))).toHaveLength(4);
    expect(scopes.filter(s => s.endsWith(':2027-03-28'))).toHaveLength(4);
    expect(t.published.map(p => p.eventPayload)).toEqual([
      expect.objectContaining({ type: 'maturity.campaign.started' }),
      expect.objectContaining({
        type: 'maturity.campaign.reminder',
        reminderDays: 3,
        daysLeft: 2,
      }),
    ]);
    expect(t.notifications.sent.at(-1)!.payload.title).toMatch(
      /— 2 days left$/,
    );
  });

  it('sends the owner the end summary once the target date has passed', async () => {
    const t = setup({ today: '2027-04-01' });
    expect(await t.task.run()).toEqual({
      notified: 1,
      published: 1,
      failed: 0,
    });
    expect(t.notifications.sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/payments' },
        payload: {
          topic: 'maturity',
          title: 'Campaign ended: Payments SRE level 3 — 2 of 7 met SRE L3',
          description:
            'Target date 31 Mar 2027. team-a 1 met, 2 missed; team-b 0 met, 1 missed; team-c 0 met, 1 missed; team-done 1 met, 0 missed',
          link: '/maturity/campaigns/pay-sre',
          severity: 'normal',
          scope:
            'maturity:campaign-end:group:default/payments:pay-sre:2027-03-31',
        },
      },
    ]);
    // the unowned entity counts in the totals, in no team
    expect(t.published[0].eventPayload).toEqual({
      type: 'maturity.campaign.ended',
      ...details,
      inScope: 7,
      meeting: 2,
      teams: [
        { groupRef: 'group:default/team-a', inScope: 3, met: 1, missed: 2 },
        { groupRef: 'group:default/team-b', inScope: 1, met: 0, missed: 1 },
        { groupRef: 'group:default/team-c', inScope: 1, met: 0, missed: 1 },
        { groupRef: 'group:default/team-done', inScope: 1, met: 1, missed: 0 },
      ],
      at: '2027-04-01T09:00:00.000Z',
    });
    t.at('2027-04-02');
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });
  });

  it('sends the end summary of a campaign completed before its target date', async () => {
    const t = setup({
      today: '2027-02-01',
      campaigns: [{ ...campaign, state: 'completed' }],
    });
    await t.task.run();
    expect(t.recipients()).toEqual(['group:default/payments']);
    expect(t.notifications.sent[0].payload.title).toMatch(
      /^Campaign completed: /,
    );
    expect(t.published[0].eventPayload).toMatchObject({
      type: 'maturity.campaign.ended',
      state: 'completed',
    });
  });

  it('owes drafts nothing', async () => {
    const t = setup({ campaigns: [{ ...campaign, state: 'draft' }] });
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });
    expect(t.notices).toEqual([]);
  });

  it('sends nothing of a kind switched off, still publishes its event, and sends once switched on', async () => {
    const t = setup({
      today: '2027-03-17',
      settings: { campaignStart: false, campaignReminder: false },
    });
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 2,
      failed: 0,
    });
    expect(t.notifications.sent).toEqual([]);
    expect(t.notices.map(n => n.recipient)).toEqual(['-', '-']);

    t.settings.campaignReminder = true;
    expect(await t.task.run()).toEqual({
      notified: 4,
      published: 0,
      failed: 0,
    });
    expect(
      t.notifications.sent.every(n =>
        n.payload.scope?.startsWith('maturity:campaign-reminder:'),
      ),
    ).toBe(true);
  });

  it('sends no end summary when campaignEnd is off', async () => {
    const t = setup({ today: '2027-04-01', settings: { campaignEnd: false } });
    await t.task.run();
    expect(t.notifications.sent).toEqual([]);
    expect(t.published).toHaveLength(1);
  });

  it('retries notifications that could not be sent on the next run', async () => {
    const t = setup();
    t.notifications.failWith = new Error('notifications down');
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 1,
      failed: 0,
    });
    expect(t.notices.map(n => n.recipient)).toEqual(['-']);
    t.notifications.failWith = undefined;
    expect(await t.task.run()).toEqual({
      notified: 5,
      published: 0,
      failed: 0,
    });
    expect(await t.task.run()).toEqual({
      notified: 0,
      published: 0,
      failed: 0,
    });
  });

  it('goes on with the other campaigns when one fails', async () => {
    const t = setup({
      campaigns: [{ ...campaign, id: 'broken' }, campaign],
    });
    expect(await t.task.run()).toEqual({
      notified: 5,
      published: 1,
      failed: 1,
    });
    expect(t.logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        '"broken": notices not sent: Error: scope read failed',
      ),
    );
  });
});
