import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type {
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import { ModelRegistry } from '../model/ModelRegistry';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { EvaluationRunner } from './EvaluationRunner';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const service = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', description: `${name} service` },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
});
const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const model = (withCoverage = true): MaturityModel =>
  ({
    id: 'test-model',
    title: 'Test',
    version: '1',
    levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
    domains: [
      {
        id: 'quality',
        title: 'Quality',
        capabilities: [
          {
            id: 'basics',
            title: 'Basics',
            checks: [
              {
                id: 'has-description',
                title: 'Has a description',
                level: 1,
                rule: {
                  fact: 'entity.metadata.description',
                  operator: 'exists',
                },
                remediation: { markdown: 'Add one.' },
              },
              ...(withCoverage
                ? [
                    {
                      id: 'coverage',
                      title: 'Coverage at least 80 %',
                      level: 2,
                      rule: {
                        fact: 'techInsights.quality.testCoverage',
                        operator: 'gte',
                        value: 80,
                      },
                      remediation: { markdown: 'Write tests.' },
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    ],
  } as MaturityModel);

/** A provider whose behaviour per call the test decides. */
class ScriptedProvider implements MaturityFactProvider {
  readonly id = 'scripted';
  calls = 0;
  constructor(
    private readonly script: (
      call: number,
      entities: Entity[],
    ) => Map<string, ProvidedEvidence>,
  ) {}
  async getEvidence({ entities }: { entities: Entity[] }) {
    this.calls += 1;
    return this.script(this.calls, entities);
  }
}

/** A model whose one check compares lead time with the configured baseline date. */
const trendModel: MaturityModel = {
  ...model(false),
  domains: [
    {
      id: 'quality',
      title: 'Quality',
      capabilities: [
        {
          id: 'flow',
          title: 'Flow',
          checks: [
            {
              id: 'lead-time',
              title: 'Lead time −40 % since the baseline',
              level: 1,
              rule: {
                fact: 'techInsights.dora.leadTimeHours',
                operator: 'trend',
                value: {
                  days: 180,
                  direction: 'decrease',
                  minChangePercent: 40,
                  baseline: 'configured',
                },
                label: 'lead time',
              },
              remediation: { markdown: 'Remove waits.' },
            },
          ],
        },
      ],
    },
  ],
};

/** Lead time 18 now; 52 before 2025-01-01, 20 on 2025-03-01. */
const leadTimes = (_call: number, entities: Entity[]) =>
  new Map<string, ProvidedEvidence>(
    entities.map(e => [
      stringifyEntityRef(e),
      {
        techInsights: { dora: { facts: { leadTimeHours: 18 } } },
        factHistory: {
          dora: {
            leadTimeHours: [
              { timestamp: '2024-12-28T00:00:00Z', value: 52 },
              { timestamp: '2025-03-01T00:00:00Z', value: 20 },
            ],
          },
        },
      },
    ]),
  );

const coverage = (value: number) => (_call: number, entities: Entity[]) =>
  new Map<string, ProvidedEvidence>(
    entities.map(e => [
      stringifyEntityRef(e),
      { techInsights: { quality: { facts: { testCoverage: value } } } },
    ]),
  );

describe.each(databases.eachSupportedId())(
  'EvaluationRunner on %p',
  databaseId => {
    async function setup(options: {
      entities: Entity[];
      provider: MaturityFactProvider;
      knexFor?: TestDatabaseId;
      store?: DatabaseMaturityStore;
      withCoverage?: boolean;
      batchSize?: number;
      model?: MaturityModel;
      baselineDate?: string;
    }) {
      const store =
        options.store ??
        (await DatabaseMaturityStore.create({
          database: mockServices.database({
            knex: await databases.init(databaseId),
          }),
        }));
      const runner = new EvaluationRunner({
        catalog: catalogServiceMock({ entities: options.entities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        store,
        models: new ModelRegistry([
          options.model ?? model(options.withCoverage ?? true),
        ]),
        providers: [options.provider],
        kinds: ['component'],
        batchSize: options.batchSize ?? 250,
        baselineDate: options.baselineDate,
      });
      return { store, runner };
    }

    const statusOf = async (
      store: DatabaseMaturityStore,
      name: string,
      checkId: string,
    ) =>
      (
        await store.getScorecard(`component:default/${name}`, 'test-model')
      )?.checks.find(c => c.checkId === checkId)?.status;

    it('stores results, and an unchanged second run writes nothing', async () => {
      const { store, runner } = await setup({
        entities: [team, service('a'), service('b')],
        provider: new ScriptedProvider(coverage(91)),
      });
      const first = await runner.runAll();
      expect(first).toMatchObject({
        entities: 2,
        changedEntities: 2,
        errors: [],
      });
      expect(await statusOf(store, 'a', 'coverage')).toBe('passed');
      const second = await runner.runAll();
      expect(second).toMatchObject({ entities: 2, changedEntities: 0 });
    });

    it('keeps earlier passes when the evidence source goes down', async () => {
      const provider = new ScriptedProvider((call, entities) => {
        if (call > 1) throw new Error('connect ECONNREFUSED 127.0.0.1:7007');
        return coverage(91)(call, entities);
      });
      const { store, runner } = await setup({
        entities: [service('a')],
        provider,
      });
      await runner.runAll();
      expect(await statusOf(store, 'a', 'coverage')).toBe('passed');

      const down = await runner.runAll();
      expect(down.errors).toEqual([
        expect.objectContaining({
          provider: 'scripted',
          message: expect.stringContaining('ECONNREFUSED'),
        }),
      ]);
      // The check is unknown in this run, yet the stored pass is not overwritten
      // and the stored levels still count it.
      expect(await statusOf(store, 'a', 'coverage')).toBe('passed');
      const card = await store.getScorecard(
        'component:default/a',
        'test-model',
      );
      expect(card?.entity.level).toBe(2);
      expect(card?.domains[0]).toMatchObject({ domainId: 'quality', level: 2 });
      const runs = await store.listRuns(5);
      expect(runs[0]).toMatchObject({ status: 'succeeded', errors: 1 });
    });

    it('a provider failing halfway through a run leaves earlier results intact', async () => {
      const entities = [service('a'), service('b'), service('c'), service('d')];
      const provider = new ScriptedProvider((call, batch) => {
        if (call === 2) throw new Error('provider crashed');
        return coverage(50)(call, batch);
      });
      const { store, runner } = await setup({
        entities,
        provider,
        batchSize: 2,
      });
      const summary = await runner.runAll();
      expect(summary.entities).toBe(4);
      expect(provider.calls).toBe(2);
      // First page: evaluated with evidence (coverage 50 fails); second page:
      // evidence unavailable, so unknown, never failed.
      const statuses = await Promise.all(
        ['a', 'b', 'c', 'd'].map(n => statusOf(store, n, 'coverage')),
      );
      expect(statuses.filter(s => s === 'failed')).toHaveLength(2);
      expect(statuses.filter(s => s === 'unknown')).toHaveLength(2);
      expect(await statusOf(store, 'c', 'has-description')).toBe('passed');
    });

    it('removes entities that left the catalog and checks that left the model', async () => {
      const first = await setup({
        entities: [service('a'), service('gone')],
        provider: new ScriptedProvider(coverage(91)),
      });
      await first.runner.runAll();
      expect(
        await first.store.getScorecard('component:default/gone', 'test-model'),
      ).toBeDefined();

      const second = await setup({
        entities: [service('a')],
        provider: new ScriptedProvider(coverage(91)),
        store: first.store,
        withCoverage: false,
      });
      await second.runner.runAll();
      expect(
        await first.store.getScorecard('component:default/gone', 'test-model'),
      ).toBeUndefined();
      expect(await statusOf(first.store, 'a', 'coverage')).toBeUndefined();
      expect(await statusOf(first.store, 'a', 'has-description')).toBe(
        'passed',
      );
      const history = await first.store.getHistory({
        entityRef: 'component:default/gone',
        modelId: 'test-model',
      });
      expect(history.length).toBeGreaterThan(0);
    });

    it('refreshes one entity', async () => {
      const { store, runner } = await setup({
        entities: [service('a')],
        provider: new ScriptedProvider(coverage(10)),
      });
      const summary = await runner.refreshEntity(service('a'));
      expect(summary).toMatchObject({
        entities: 1,
        changedEntities: 1,
        errors: [],
      });
      expect(await statusOf(store, 'a', 'coverage')).toBe('failed');
    });

    describe("trend against the deployment's baseline date", () => {
      const leadTimeResult = async (store: DatabaseMaturityStore) =>
        (
          await store.getScorecard('component:default/a', 'test-model')
        )?.checks.find(c => c.checkId === 'lead-time');

      it('compares with the configured date in full runs and refreshes', async () => {
        const { store, runner } = await setup({
          entities: [service('a')],
          provider: new ScriptedProvider(leadTimes),
          model: trendModel,
          baselineDate: '2025-01-01',
        });
        const expected = {
          status: 'passed',
          message:
            'lead time went from 52 (baseline 2025-01-01, value of 2024-12-28) to 18: -65.38 %, a decrease of ≥ 40 % since 2025-01-01',
        };
        await runner.runAll();
        expect(await leadTimeResult(store)).toMatchObject(expected);
        await store.deleteEntities('test-model', ['component:default/a']);
        await runner.refreshEntity(service('a'));
        expect(await leadTimeResult(store)).toMatchObject(expected);
      });

      it('uses the rolling window when no date is configured', async () => {
        const { store, runner } = await setup({
          entities: [service('a')],
          provider: new ScriptedProvider(leadTimes),
          model: trendModel,
        });
        await runner.runAll();
        expect(await leadTimeResult(store)).toMatchObject({
          status: 'failed',
          message: expect.stringMatching(
            /^lead time went from 20 \(2025-03-01\) to 18: -10 %, required a decrease of ≥ 40 % over 180 days$/,
          ),
        });
      });
    });
  },
);
