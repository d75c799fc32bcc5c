import {
  coreServices,
  createServiceFactory,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { EventParams, eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import type { JsonObject } from '@backstage/types';
import { addDays } from '@devops-maturity/plugin-maturity-common';
import { RecordingNotificationService } from './notifications/__testUtils__/RecordingNotificationService';
import {
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const TASK_ID = 'maturity-campaign-notices';
const today = new Date().toISOString().slice(0, 10);

/** Started a month ago: its start is due, no reminder yet. */
const declared = {
  id: 'payments-tier-1-sre',
  title: 'Payments tier-1 services at SRE level 3',
  owner: 'group:default/payments-dept',
  modelId: 'caict-devops',
  targets: [{ domain: 'sre', level: 3 }],
  scope: {
    groups: ['group:default/payments-dept'],
    filter: { kind: 'Component', 'metadata.tags': 'tier-1' },
  },
  startDate: addDays(today, -30),
  targetDate: addDays(today, 100),
};

type Task = SchedulerServiceTaskScheduleDefinition &
  SchedulerServiceTaskInvocationDefinition;

/** A scheduler that runs a task only when triggered, and shows the schedules. */
function manualScheduler() {
  const tasks = new Map<string, Task>();
  const factory = createServiceFactory({
    service: coreServices.scheduler,
    deps: {},
    factory: () => ({
      async scheduleTask(task: Task) {
        tasks.set(task.id, task);
      },
      async triggerTask(id: string) {
        await tasks.get(id)!.fn(new AbortController().signal);
      },
      async cancelTask() {},
      createScheduledTaskRunner() {
        throw new Error('not used');
      },
      async getScheduledTasks() {
        return [...tasks.values()].map(t => ({
          id: t.id,
          scope: t.scope ?? 'global',
          settings: { version: 1 },
        }));
      },
    }),
  });
  return { tasks, factory };
}

async function start(maturity: JsonObject = {}) {
  const notifications = new RecordingNotificationService();
  const published: EventParams[] = [];
  const scheduler = manualScheduler();
  const backend = await startMaturityBackend({
    config: { maturity: { campaigns: [declared], ...maturity } },
    scheduler: scheduler.factory,
    features: [
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => notifications,
      }),
      createServiceFactory({
        service: eventsServiceRef,
        deps: {},
        factory: () => ({
          publish: async (params: EventParams) => {
            published.push(params);
          },
          subscribe: async () => {},
        }),
      }),
    ],
  });
  const api = maturityApi(backend.server);
  // the evaluation first, so that the campaign has its scope
  expect((await api.post('/runs')).status).toBe(202);
  const campaignTask = () =>
    scheduler.tasks.get(TASK_ID)!.fn(new AbortController().signal);
  const campaignEvents = () =>
    published
      .map(p => p.eventPayload as { type: string })
      .filter(p => p.type.startsWith('maturity.campaign.'));
  return {
    backend,
    api,
    scheduler,
    notifications,
    campaignTask,
    campaignEvents,
  };
}

describe('campaign notices (plugin)', () => {
  it('schedules the campaign task, which announces a started campaign to the owning group once', async () => {
    const t = await start();
    try {
      expect([...t.scheduler.tasks.keys()]).toEqual([
        'maturity-evaluate-catalog',
        'maturity-resume-abandoned-runs',
        TASK_ID,
      ]);
      expect(t.scheduler.tasks.get(TASK_ID)).toMatchObject({
        scope: 'global',
        frequency: { hours: 1 },
        initialDelay: { minutes: 2 },
      });
      await t.campaignTask();
      expect(t.notifications.sent).toEqual([
        {
          recipients: {
            type: 'entity',
            entityRef: 'group:default/quickpay-team',
          },
          payload: expect.objectContaining({
            topic: 'maturity',
            title: 'Campaign started: Payments tier-1 services at SRE level 3',
            link: '/maturity/campaigns/payments-tier-1-sre',
            scope: `maturity:campaign-start:group:default/quickpay-team:payments-tier-1-sre:${declared.startDate}`,
          }),
        },
      ]);
      expect(t.campaignEvents()).toEqual([
        expect.objectContaining({
          type: 'maturity.campaign.started',
          campaignId: 'payments-tier-1-sre',
          inScope: 1,
          daysLeft: 100,
        }),
      ]);

      // remembered in the database: nothing new
      await t.campaignTask();
      expect(t.notifications.sent).toHaveLength(1);
      expect(t.campaignEvents()).toHaveLength(1);
    } finally {
      await t.backend.stop();
    }
  });

  it('publishes the campaign API writes, and sends no start when switched off', async () => {
    const t = await start({ notifications: { campaignStart: false } });
    try {
      const { id: _id, ...body } = declared;
      const created = await t.api.post('/campaigns', {
        ...body,
        id: 'second',
        owner: 'group:default/bank',
      });
      expect(created.status).toBe(201);
      await t.campaignTask();
      expect(t.notifications.sent).toEqual([]);
      expect(t.campaignEvents().map(e => e.type)).toEqual([
        'maturity.campaign.created',
        'maturity.campaign.started',
        'maturity.campaign.started',
      ]);
    } finally {
      await t.backend.stop();
    }
  });

  it('takes its schedule from maturity.campaignSchedule', async () => {
    const t = await start({
      campaignSchedule: {
        frequency: { minutes: 15 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 90 },
      },
    });
    try {
      expect(t.scheduler.tasks.get(TASK_ID)).toMatchObject({
        frequency: { minutes: 15 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 90 },
      });
    } finally {
      await t.backend.stop();
    }
  });

  it('stops the startup for a bad maturity.campaignSchedule', async () => {
    await expect(
      startMaturityBackend({
        config: { maturity: { campaignSchedule: { frequency: 'often' } } },
      }),
    ).rejects.toThrow(/frequency/);
  });
});
