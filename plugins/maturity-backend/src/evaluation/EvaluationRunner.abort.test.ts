import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { MaturityFactProvider } from '@devops-maturity/plugin-maturity-node';
import { ModelRegistry } from '../model/ModelRegistry';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { EvaluationRunner } from './EvaluationRunner';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const service = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', description: name },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
});

const model = {
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
              rule: { fact: 'entity.metadata.description', operator: 'exists' },
              remediation: { markdown: 'Add one.' },
            },
          ],
        },
      ],
    },
  ],
} as MaturityModel;

describe('EvaluationRunner.runAll with an abort signal', () => {
  it('stops before the next page, keeps unseen results and records a failed run', async () => {
    const store = await DatabaseMaturityStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
      }),
    });
    const runner = (entities: Entity[], provider: MaturityFactProvider) =>
      new EvaluationRunner({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        store,
        models: new ModelRegistry([model]),
        providers: [provider],
        kinds: ['component'],
        batchSize: 1,
      });
    const quiet: MaturityFactProvider = {
      id: 'quiet',
      getEvidence: async () => new Map(),
    };
    await runner([service('old')], quiet).runAll();

    // The scheduler's timeout fires while the first page is evaluated.
    const controller = new AbortController();
    let batches = 0;
    const timingOut: MaturityFactProvider = {
      id: 'timing-out',
      getEvidence: async () => {
        batches += 1;
        controller.abort();
        return new Map();
      },
    };
    const summary = await runner(
      [service('a'), service('b'), service('c')],
      timingOut,
    ).runAll('scheduled', controller.signal);

    expect(batches).toBe(1);
    expect(summary.entities).toBe(1);
    expect(summary.errors).toEqual([
      { message: expect.stringContaining('run aborted') },
    ]);
    const [latest] = await store.listRuns(1);
    expect(latest).toMatchObject({ status: 'failed', entities: 1 });
    // An incomplete run must not take unseen entities for deleted ones.
    expect(
      await store.getScorecard('component:default/old', 'test-model'),
    ).toBeDefined();
  });

  it('a failing write fails the run after the pages written before it, while later pages are not written', async () => {
    const store = await DatabaseMaturityStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
      }),
    });
    let writes = 0;
    const failingSecondWrite = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'applyEvaluations') {
          return async (...args: Parameters<typeof store.applyEvaluations>) => {
            writes += 1;
            if (writes === 2) throw new Error('disk full');
            return target.applyEvaluations(...args);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const runner = new EvaluationRunner({
      catalog: catalogServiceMock({
        entities: [service('a'), service('b'), service('c'), service('d')],
      }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      store: failingSecondWrite,
      models: new ModelRegistry([model]),
      providers: [{ id: 'quiet', getEvidence: async () => new Map() }],
      kinds: ['component'],
      batchSize: 1,
    });

    const summary = await runner.runAll();

    expect(writes).toBe(2);
    expect(summary.entities).toBe(1);
    expect(summary.errors).toEqual([
      { message: expect.stringContaining('disk full') },
    ]);
    expect(await store.listEvaluatedEntityRefs('test-model')).toEqual([
      'component:default/a',
    ]);
    const [latest] = await store.listRuns(1);
    expect(latest).toMatchObject({ status: 'failed', entities: 1 });
  });
});
