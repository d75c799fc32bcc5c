import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import techInsightsBackend from '@backstage-community/plugin-tech-insights-backend';
import techInsightsMaturityLevels from '@devops-maturity/plugin-tech-insights-backend-module-maturity';
import request from 'supertest';

jest.setTimeout(120_000);

/**
 * A stand-in for the maturity backend: `GET /entities` answers two pages of
 * levels, only to a service (plugin-to-plugin) caller, and records who called.
 */
function fakeMaturityBackend(callers: string[]) {
  return createBackendPlugin({
    pluginId: 'maturity',
    register(reg) {
      reg.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          httpRouter.use(async (req, res, next) => {
            if (req.method !== 'GET' || req.path !== '/entities') {
              next();
              return;
            }
            let caller: string;
            try {
              caller = (await httpAuth.credentials(req, { allow: ['service'] }))
                .principal.subject;
            } catch (error) {
              next(error);
              return;
            }
            callers.push(caller);
            const entity = (
              name: string,
              level: number | null,
              sre: number,
            ) => ({
              entityRef: `component:default/${name}`,
              kind: 'component',
              namespace: 'default',
              name,
              modelId: req.query.model,
              level,
              score: 0.5,
              evaluatedAt: '2026-12-07T01:00:00.000Z',
              updatedAt: '2026-12-07T01:00:00.000Z',
              domains: { sre: { level: sre, score: 0.75 } },
            });
            if (req.query.cursor === undefined) {
              res.json({
                items: [entity('quickpay-gateway', 2, 3)],
                totalCount: 2,
                nextCursor: 'page-2',
              });
            } else {
              res.json({
                items: [entity('core-ledger-service', 1, 1)],
                totalCount: 2,
              });
            }
          });
        },
      });
    },
  });
}

/**
 * The demo backend's TechInsights with the maturity levels module: the real
 * TechInsights backend runs the retriever, stores its facts and serves them
 * through `/api/tech-insights/facts/latest`.
 */
describe('TechInsights maturity levels module in the demo backend', () => {
  it('publishes the levels read from the maturity backend as TechInsights facts', async () => {
    const callers: string[] = [];
    const backend = await startTestBackend({
      features: [
        techInsightsBackend,
        techInsightsMaturityLevels,
        fakeMaturityBackend(callers),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        mockServices.rootConfig.factory({
          data: {
            techInsights: {
              factRetrievers: {
                maturityLevelsRetriever: {
                  cadence: '0 0 1 1 *',
                  initialDelay: { seconds: 1 },
                },
              },
            },
          },
        }),
      ],
    });
    try {
      const auth = mockCredentials.user.header('user:default/guest');
      const latest = async (entity: string) => {
        const deadline = Date.now() + 60_000;
        for (;;) {
          const res = await request(backend.server)
            .get('/api/tech-insights/facts/latest')
            .query({ entity, 'ids[]': 'maturityLevelsRetriever' })
            .set('Authorization', auth);
          if (res.status === 200 && res.body.maturityLevelsRetriever) {
            return res.body.maturityLevelsRetriever;
          }
          if (Date.now() > deadline) {
            throw new Error(`no maturity facts for ${entity}: ${res.status}`);
          }
          await new Promise(resolve => setTimeout(resolve, 500));
        }
      };

      const gateway = await latest('component:default/quickpay-gateway');
      expect(gateway.facts).toEqual({
        overallLevel: 2,
        score: 0.5,
        modelId: 'caict-devops',
        evaluatedAt: '2026-12-07T01:00:00.000Z',
        domainLevels: { sre: 3 },
        domainScores: { sre: 0.75 },
        sreLevel: 3,
      });
      const ledger = await latest('component:default/core-ledger-service');
      expect(ledger.facts).toMatchObject({ overallLevel: 1, sreLevel: 1 });
      expect(callers[0]).toBe('plugin:tech-insights');

      const schemas = await request(backend.server)
        .get('/api/tech-insights/fact-schemas')
        .query({ 'ids[]': 'maturityLevelsRetriever' })
        .set('Authorization', auth);
      expect(schemas.status).toBe(200);
      expect(schemas.body[0]).toMatchObject({
        id: 'maturityLevelsRetriever',
        overallLevel: { type: 'integer' },
        sreLevel: { type: 'integer' },
        continuousDeliveryLevel: { type: 'integer' },
        domainLevels: { type: 'object' },
      });
    } finally {
      await backend.stop();
    }
  });
});
