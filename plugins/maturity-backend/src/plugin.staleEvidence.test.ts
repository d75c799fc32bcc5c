import { createBackendModule } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import {
  BackendDatabase,
  maturityApi,
  persistentDatabases,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

const QUICKPAY = 'component:default/quickpay';
const SCORECARD = '/entities/component/default/quickpay/scorecard';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'quickpay', namespace: 'default', title: 'QuickPay' },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'org', namespace: 'default' },
    spec: { type: 'organization', children: ['team-a'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-a', namespace: 'default' },
    spec: { type: 'team', parent: 'org', children: [] },
    relations: [{ type: 'childOf', targetRef: 'group:default/org' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-b', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

/** Two TechInsights checks (levels 1 and 2) and a catalog check. */
const config: JsonObject = {
  maturity: {
    includeDefaultModel: false,
    kinds: ['component'],
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
                    {
                      id: 'has-lifecycle',
                      title: 'Lifecycle declared',
                      level: 1,
                      rule: {
                        fact: 'entity.spec.lifecycle',
                        operator: 'exists',
                      },
                      remediation: { markdown: 'Declare it.' },
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
};

type ProviderState = 'up' | 'unavailable' | 'throws';

/** A TechInsights-like provider that can be taken down. */
function switchableProvider(state: { value: ProviderState }) {
  return createBackendModule({
    pluginId: 'maturity',
    moduleId: 'switchable-coverage',
    register(reg) {
      reg.registerInit({
        deps: { providers: maturityFactProvidersExtensionPoint },
        async init({ providers }) {
          providers.addFactProvider({
            id: 'switchable-coverage',
            async getEvidence({ entities: page }) {
              if (state.value === 'throws') {
                throw new Error('connection refused');
              }
              return new Map(
                page.map(e => [
                  `component:default/${e.metadata.name}`,
                  state.value === 'up'
                    ? {
                        techInsights: {
                          quality: { facts: { testCoverage: 90 } },
                        },
                      }
                    : {
                        unavailableSources: [
                          {
                            source: 'techInsights' as const,
                            message: 'TechInsights answered 503',
                          },
                        ],
                      },
                ]),
              );
            },
          });
        },
      });
    },
  });
}

const checksOf = (scorecard: any) =>
  scorecard.domains.flatMap((d: any) =>
    d.capabilities.flatMap((c: any) => c.checks),
  );
const levelsOf = (scorecard: any) => ({
  level: scorecard.level,
  domains: scorecard.domains.map((d: any) => [d.domainId, d.level]),
});

describe.each(persistentDatabases(databases))(
  'stale evidence on %s',
  (_name, openDatabase) => {
    let database: BackendDatabase;
    beforeAll(async () => {
      database = await openDatabase();
    });
    afterAll(() => database.cleanup());

    it('records outages, marks kept checks and clears them on recovery', async () => {
      const state = { value: 'up' as ProviderState };
      const backend = await startMaturityBackend({
        database,
        config,
        entities,
        features: [switchableProvider(state)],
      });
      const api = maturityApi(backend.server);
      const latestRun = async () =>
        (await api.get('/runs?limit=1')).body.items[0];
      try {
        expect((await api.post('/runs')).status).toBe(202);
        const good = (await api.get(SCORECARD)).body;
        expect(good.level).toBe(2);
        expect(good).not.toHaveProperty('staleEvidence');
        expect((await latestRun()).sourcesDown).toBeUndefined();

        // TechInsights down: marked unavailable, nothing thrown
        state.value = 'unavailable';
        expect((await api.post('/runs')).status).toBe(202);
        const run = await latestRun();
        expect(run).toMatchObject({
          status: 'succeeded',
          errors: 0,
          sourcesDown: [
            {
              source: 'techInsights',
              entities: 1,
              message: 'TechInsights answered 503',
            },
          ],
        });
        const stale = (await api.get(SCORECARD)).body;
        expect(levelsOf(stale)).toEqual(levelsOf(good));
        expect(stale.staleEvidence).toEqual([
          {
            source: 'techInsights',
            since: stale.evaluatedAt,
            lastFailureAt: stale.evaluatedAt,
            lastSuccessAt: good.evaluatedAt,
            message: 'TechInsights answered 503',
            checks: 2,
          },
        ]);
        const since = stale.evaluatedAt;
        const marker = {
          source: 'techInsights',
          since,
          evidenceAt: good.evaluatedAt,
        };
        const byId = new Map(checksOf(stale).map((c: any) => [c.checkId, c]));
        expect(byId.get('coverage-known')).toMatchObject({
          status: 'passed',
          stale: marker,
        });
        expect(byId.get('coverage-80')).toMatchObject({
          status: 'passed',
          stale: marker,
        });
        expect(byId.get('has-lifecycle')).not.toHaveProperty('stale');

        const results = (await api.get(`${SCORECARD}?view=results`)).body;
        expect(results.staleEvidence).toEqual(stale.staleEvidence);
        expect(
          results.checks
            .filter((c: any) => c.stale)
            .map((c: any) => [c.checkId, c.stale]),
        ).toEqual([
          ['coverage-known', marker],
          ['coverage-80', marker],
        ]);

        // the provider throws at a refresh: same outage, since kept
        state.value = 'throws';
        expect(
          (await api.post('/entities/component/default/quickpay/refresh'))
            .status,
        ).toBe(200);
        const refreshRun = await latestRun();
        expect(refreshRun.trigger).toBe('entity');
        expect(refreshRun.sourcesDown).toEqual([
          {
            source: 'techInsights',
            entities: 1,
            message: expect.stringContaining('connection refused'),
          },
        ]);
        const thrown = (await api.get(SCORECARD)).body;
        expect(levelsOf(thrown)).toEqual(levelsOf(good));
        expect(thrown.staleEvidence).toEqual([
          {
            source: 'techInsights',
            since,
            lastFailureAt: thrown.evaluatedAt,
            lastSuccessAt: good.evaluatedAt,
            message: expect.stringContaining('connection refused'),
            checks: 2,
          },
        ]);
        expect(thrown.evaluatedAt > since).toBe(true);

        // the summary, whole catalog and by group
        const summary = (await api.get('/stale-evidence')).body;
        expect(summary).toEqual({
          modelId: 'sre-model',
          entities: 1,
          checks: 2,
          sources: [
            {
              source: 'techInsights',
              entities: 1,
              checks: 2,
              since,
              lastSuccessAt: good.evaluatedAt,
              message: expect.stringContaining('connection refused'),
            },
          ],
          items: [
            {
              entityRef: QUICKPAY,
              title: 'QuickPay',
              outages: thrown.staleEvidence,
            },
          ],
        });
        expect(
          (await api.get('/stale-evidence?modelId=sre-model&group=org')).body,
        ).toEqual(summary);
        expect(
          (await api.get('/stale-evidence?group=group:default/team-b')).body,
        ).toMatchObject({ entities: 0, checks: 0, sources: [], items: [] });

        // TechInsights answers again
        state.value = 'up';
        expect((await api.post('/runs')).status).toBe(202);
        const recovered = (await api.get(SCORECARD)).body;
        expect(recovered).not.toHaveProperty('staleEvidence');
        expect(checksOf(recovered).filter((c: any) => c.stale)).toEqual([]);
        expect(levelsOf(recovered)).toEqual(levelsOf(good));
        expect((await latestRun()).sourcesDown).toBeUndefined();
        expect((await api.get('/stale-evidence')).body).toMatchObject({
          entities: 0,
          items: [],
        });
      } finally {
        await backend.stop();
      }
    });
  },
);

describe('GET /stale-evidence', () => {
  it('answers 400 naming a bad parameter and 404 naming an unknown group', async () => {
    const backend = await startMaturityBackend({ config, entities });
    const api = maturityApi(backend.server);
    try {
      for (const [query, param] of [
        ['limit=0', 'limit'],
        ['limit=1001', 'limit'],
        ['limit=many', 'limit'],
        ['group=user:default/alice', 'group'],
        ['model=nope', 'nope'],
        ['model=sre-model&modelId=other', 'modelId'],
      ]) {
        const res = await api.get(`/stale-evidence?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(res.body.error.message).toContain(param);
      }
      const unknown = await api.get('/stale-evidence?group=nobody');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toContain('group:default/nobody');
    } finally {
      await backend.stop();
    }
  });

  it('needs the read permission', async () => {
    const backend = await startMaturityBackend({
      config,
      entities,
      permission: AuthorizeResult.DENY,
    });
    try {
      expect(
        (await maturityApi(backend.server).get('/stale-evidence')).status,
      ).toBe(403);
    } finally {
      await backend.stop();
    }
  });
});
