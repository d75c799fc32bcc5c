import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import path from 'path';
import request from 'supertest';
import catalogBackend from '@backstage/plugin-catalog-backend';
import techInsightsBackend from '@backstage-community/plugin-tech-insights-backend';
import techInsightsDemoFacts from './modules/techInsightsDemoFacts';

const examples = path.resolve(__dirname, '../../../examples');

jest.setTimeout(120_000);

/**
 * Smoke test of the demo portal's backend: the real catalog loads the bank's
 * organisation and the real TechInsights backend stores the demo facts,
 * served through its own API.
 */
describe('demo portal backend', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const retriever = { cadence: '0 0 1 1 *', initialDelay: { seconds: 1 } };
    const backend = await startTestBackend({
      features: [
        catalogBackend,
        techInsightsBackend,
        techInsightsDemoFacts,
        // Runs every scheduled task once at startup, the fact retrievers included.
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Domain',
                    'Group',
                    'User',
                  ],
                },
              ],
              locations: [
                { type: 'file', target: path.join(examples, 'all.yaml') },
              ],
            },
            techInsights: {
              factRetrievers: Object.fromEntries(
                [
                  'sloFactRetriever',
                  'doraFactRetriever',
                  'resilienceFactRetriever',
                  'teamFactRetriever',
                ].map(id => [id, retriever]),
              ),
            },
            demoFacts: { directory: path.join(examples, 'facts') },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });

  afterAll(async () => {
    await stop?.();
  });

  async function poll<T>(read: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const value = await read();
      if (value !== undefined) {
        return value;
      }
      if (Date.now() > deadline) {
        throw new Error('timed out waiting for the backend');
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }

  const auth = mockCredentials.user.header('user:default/guest');

  it('serves the demo facts of two services through the TechInsights API', async () => {
    const latest = (entity: string) =>
      poll(async () => {
        const res = await request(server)
          .get('/api/tech-insights/facts/latest')
          .query({
            entity,
            'ids[]': [
              'doraFactRetriever',
              'sloFactRetriever',
              'resilienceFactRetriever',
            ],
          })
          .set('Authorization', auth);
        return res.status === 200 && Object.keys(res.body).length === 3
          ? res.body
          : undefined;
      });

    const gateway = await latest('component:default/quickpay-gateway');
    expect(gateway.doraFactRetriever.facts).toMatchObject({
      deploymentsPerWeek: 14,
      leadTimeHours: 18,
      automatedRollback: true,
    });
    expect(gateway.sloFactRetriever.facts).toMatchObject({ sloDefined: true });
    const drill = Date.parse(gateway.resilienceFactRetriever.facts.lastDrDrill);
    expect(Date.now() - drill).toBeLessThan(180 * 24 * 3600 * 1000);

    const ledger = await latest('component:default/core-ledger-service');
    expect(ledger.doraFactRetriever.facts.leadTimeHours).toBe(60);
  });

  it('serves the demo facts of a team (a Group entity)', async () => {
    const team = await poll(async () => {
      const res = await request(server)
        .get('/api/tech-insights/facts/latest')
        .query({
          entity: 'group:default/sre-team',
          'ids[]': 'teamFactRetriever',
        })
        .set('Authorization', auth);
      return res.status === 200 && res.body.teamFactRetriever
        ? res.body.teamFactRetriever
        : undefined;
    });
    expect(team.facts).toMatchObject({
      doraPublished: true,
      doraCoveragePercent: 100,
      cycleTimeDays: 2.5,
    });
  });

  it('keeps fact history for trend checks', async () => {
    const now = new Date();
    const from = new Date(now.getTime() - 200 * 24 * 3600 * 1000);
    const res = await request(server)
      .get('/api/tech-insights/facts/range')
      .query({
        entity: 'component:default/quickpay-gateway',
        'ids[]': 'doraFactRetriever',
        startDatetime: from.toISOString(),
        endDatetime: new Date(now.getTime() + 60_000).toISOString(),
      })
      .set('Authorization', auth);
    expect(res.status).toBe(200);
    const leadTimes = res.body.doraFactRetriever.map(
      (f: any) => f.facts.leadTimeHours,
    );
    expect(leadTimes).toEqual(expect.arrayContaining([52, 30, 18]));
  });

  it('loads the bank organisation into the catalog', async () => {
    const groups = await poll(async () => {
      const res = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({ filter: 'kind=group', limit: 100 })
        .set('Authorization', auth);
      return res.status === 200 && res.body.items.length >= 18
        ? res.body.items
        : undefined;
    });
    const names = groups.map((g: any) => g.metadata.name);
    expect(names).toEqual(
      expect.arrayContaining(['harbor-bank', 'quick-payment-team', 'sre-team']),
    );
  });
});
