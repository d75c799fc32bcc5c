import {
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { EventParams, eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import type { JsonObject } from '@backstage/types';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import { RecordingNotificationService } from './notifications/__testUtils__/RecordingNotificationService';
import {
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'quickpay',
      namespace: 'default',
      title: 'QuickPay Gateway',
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-a', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

/** One domain, SRE: level 1 with any coverage fact, level 2 at 80 % or more. */
const config = (notifications?: JsonObject): JsonObject => ({
  maturity: {
    includeDefaultModel: false,
    kinds: ['component'],
    ...(notifications ? { notifications } : {}),
    models: [
      {
        model: {
          id: 'sre-model',
          title: 'SRE model',
          version: '1',
          levels: [1, 2, 3, 4, 5].map(level => ({
            level,
            title: `Level ${level}`,
          })),
          domains: [
            {
              id: 'sre',
              title: 'SRE',
              capabilities: [
                {
                  id: 'coverage',
                  title: 'Coverage',
                  checks: [
                    {
                      id: 'coverage-known',
                      title: 'Coverage measured',
                      level: 1,
                      rule: {
                        fact: 'techInsights.quality.testCoverage',
                        operator: 'exists',
                      },
                      remediation: { markdown: 'Measure it.' },
                    },
                    {
                      id: 'coverage-80',
                      title: 'Coverage at least 80 %',
                      level: 2,
                      rule: {
                        fact: 'techInsights.quality.testCoverage',
                        operator: 'gte',
                        value: 80,
                      },
                      remediation: { markdown: 'Write tests.' },
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    ],
  },
});

async function start(options: {
  notifications?: RecordingNotificationService;
  config?: JsonObject;
}) {
  const coverage = { value: 90 };
  const published: EventParams[] = [];
  const facts = createBackendModule({
    pluginId: 'maturity',
    moduleId: 'test-coverage',
    register(reg) {
      reg.registerInit({
        deps: { providers: maturityFactProvidersExtensionPoint },
        async init({ providers }) {
          providers.addFactProvider({
            id: 'test-coverage',
            async getEvidence({ entities: page }) {
              return new Map(
                page.map(e => [
                  `component:default/${e.metadata.name}`,
                  {
                    techInsights: {
                      quality: { facts: { testCoverage: coverage.value } },
                    },
                  },
                ]),
              );
            },
          });
        },
      });
    },
  });
  const events = createServiceFactory({
    service: eventsServiceRef,
    deps: {},
    factory: () => ({
      publish: async (params: EventParams) => {
        published.push(params);
      },
      subscribe: async () => {},
    }),
  });
  const recording = options.notifications;
  const backend = await startMaturityBackend({
    entities,
    config: options.config ?? config(),
    features: [
      facts,
      events,
      ...(recording
        ? [
            createServiceFactory({
              service: notificationService,
              deps: {},
              factory: () => recording,
            }),
          ]
        : []),
    ],
  });
  const api = maturityApi(backend.server);
  const run = async () => {
    expect((await api.post('/runs')).status).toBe(202);
  };
  return { backend, api, run, coverage, published };
}

describe('maturity plugin events and notifications', () => {
  it('notifies the owner of a regression and publishes the level changes', async () => {
    const notifications = new RecordingNotificationService();
    const { backend, run, coverage, published } = await start({
      notifications,
    });
    await run();
    expect(notifications.sent).toEqual([]);
    expect(published).toHaveLength(2);

    coverage.value = 10;
    await run();
    expect(notifications.sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/team-a' },
        payload: {
          topic: 'maturity',
          title: 'QuickPay Gateway dropped to SRE model L1 (+1 more)',
          description: 'SRE model overall: L2 → L1; SRE model · SRE: L2 → L1',
          link: '/catalog/default/component/quickpay/maturity',
          severity: 'high',
          scope: expect.stringMatching(
            /^maturity:level-regression:component:default\/quickpay:-:/,
          ),
        },
      },
    ]);
    expect(published.slice(2).map(p => [p.topic, p.eventPayload])).toEqual([
      [
        'maturity',
        expect.objectContaining({
          type: 'maturity.level.changed',
          entityRef: 'component:default/quickpay',
          model: 'sre-model',
          domain: 'sre',
          from: 2,
          to: 1,
        }),
      ],
      [
        'maturity',
        expect.objectContaining({ domain: 'overall', from: 2, to: 1 }),
      ],
    ]);
    await backend.stop();
  });

  it('sends no regression notification when switched off in app-config', async () => {
    const notifications = new RecordingNotificationService();
    const { backend, run, coverage, published } = await start({
      notifications,
      config: config({ levelRegression: false }),
    });
    await run();
    coverage.value = 10;
    await run();
    expect(notifications.sent).toEqual([]);
    expect(published).toHaveLength(4);
    await backend.stop();
  });

  it('stops the startup on a switch that is not a boolean', async () => {
    await expect(
      start({ config: config({ levelRegression: 'sometimes' }) }),
    ).rejects.toThrow(/maturity\.notifications\.levelRegression/);
  });

  it('starts and runs without the notifications backend installed', async () => {
    // the notification service's default factory posts to the notifications
    // backend, which this test backend does not have: the send fails
    const fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockRejectedValue(new Error('connect ECONNREFUSED'));
    try {
      const { backend, api, run, coverage } = await start({});
      await run();
      expect(fetchSpy).not.toHaveBeenCalled();
      coverage.value = 10;
      await run();
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(String(fetchSpy.mock.calls[0][0])).toMatch(/notifications/);
      const runs = (await api.get('/runs?limit=1')).body;
      expect(runs.items[0]).toMatchObject({ status: 'succeeded', errors: 0 });
      await backend.stop();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
