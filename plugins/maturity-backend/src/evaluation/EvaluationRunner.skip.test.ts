import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  evaluateEntity,
  EntityEvidence,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import type {
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import { ModelRegistry } from '../model/ModelRegistry';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { TABLES } from '../store/tables';
import { EvaluationRunner } from './EvaluationRunner';

jest.mock('@devops-maturity/plugin-maturity-common', () => {
  const actual = jest.requireActual('@devops-maturity/plugin-maturity-common');
  return { ...actual, evaluateEntity: jest.fn(actual.evaluateEntity) };
});

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MODEL_ID = 'test-model';

const service = (
  name: string,
  extra: { annotations?: Record<string, string>; relations?: string[] } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    description: `${name} service`,
    annotations: extra.annotations ?? {},
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  relations: (extra.relations ?? []).map(targetRef => ({
    type: 'dependsOn',
    targetRef,
  })),
});
const database: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'db', namespace: 'default' },
  spec: { type: 'database', owner: 'team-a' },
};

const model = (remediation = 'Write tests.'): MaturityModel =>
  ({
    id: MODEL_ID,
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
                id: 'coverage',
                title: 'Coverage at least 80 %',
                level: 1,
                rule: {
                  fact: 'techInsights.quality.testCoverage',
                  operator: 'gte',
                  value: 80,
                },
                remediation: { markdown: remediation },
              },
              {
                id: 'deployed',
                title: 'Deployed this week',
                level: 1,
                rule: {
                  fact: 'techInsights.quality.lastDeploy',
                  operator: 'withinDays',
                  value: 7,
                },
                remediation: { markdown: 'Deploy.' },
              },
              {
                id: 'drill',
                title: 'Drill attested',
                level: 2,
                attestation: { evidence: 'report', validForDays: 180 },
                remediation: { markdown: 'Drill.' },
              },
            ],
          },
        ],
      },
    ],
  } as MaturityModel);

/** Evidence per entity ref that the test changes between runs. */
class MutableProvider implements MaturityFactProvider {
  readonly id = 'mutable';
  readonly evidence = new Map<string, ProvidedEvidence>();
  down = false;
  async getEvidence({ entities }: { entities: Entity[] }) {
    if (this.down) throw new Error('connect ECONNREFUSED');
    return new Map(
      entities.map(e => [
        stringifyEntityRef(e),
        this.evidence.get(stringifyEntityRef(e)) ?? {},
      ]),
    );
  }
}

const facts = (testCoverage: number, lastDeploy: number) => ({
  techInsights: {
    quality: {
      facts: { testCoverage, lastDeploy: new Date(lastDeploy).toISOString() },
    },
  },
});

/** The refs the engine evaluated since the last call. */
function evaluatedRefs(): string[] {
  const calls = (evaluateEntity as jest.Mock).mock.calls as Array<
    [unknown, EntityEvidence]
  >;
  const refs = calls.map(([, evidence]) => stringifyEntityRef(evidence.entity));
  (evaluateEntity as jest.Mock).mockClear();
  return refs.sort();
}

const A = 'component:default/a';
const B = 'component:default/b';

describe.each(databases.eachSupportedId())(
  'EvaluationRunner skipping unchanged entities on %p',
  databaseId => {
    // only Date is faked: the databases need real timers
    const T0 = Date.parse('2026-03-10T10:00:00Z');
    beforeEach(() => {
      jest.useFakeTimers({
        now: T0,
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'requestIdleCallback',
          'cancelIdleCallback',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      });
    });
    afterEach(() => jest.useRealTimers());

    let knex: Knex;
    let store: DatabaseMaturityStore;
    let provider: MutableProvider;

    async function start(knexFor: TestDatabaseId) {
      knex = await databases.init(knexFor);
      store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      provider = new MutableProvider();
      provider.evidence.set(A, facts(90, T0 - DAY));
      provider.evidence.set(B, facts(90, T0 - DAY));
    }

    function runner(
      options: {
        entities?: Entity[];
        model?: MaturityModel;
        baselineDate?: string;
      } = {},
    ) {
      return new EvaluationRunner({
        catalog: catalogServiceMock({
          entities: options.entities ?? [service('a'), service('b')],
        }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        store,
        models: new ModelRegistry([options.model ?? model()]),
        providers: [provider],
        kinds: ['component'],
        batchSize: 250,
        baselineDate: options.baselineDate,
      });
    }

    const statusOf = async (ref: string, checkId: string) =>
      (await store.getScorecard(ref, MODEL_ID))?.checks.find(
        c => c.checkId === checkId,
      )?.status;

    /** Runs once to store every entity, then advances the clock a minute. */
    async function firstRun(options: Parameters<typeof runner>[0] = {}) {
      await start(databaseId);
      await runner(options).runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
      jest.setSystemTime(T0 + 60_000);
    }

    it('evaluates no entity again when nothing changed, and moves evaluated_at', async () => {
      await firstRun();
      const before = await store.readEvaluationInputs(MODEL_ID, [A, B]);
      expect(before.get(A)).toEqual({
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
        // the day's end: no time comparison changes before
        validUntil: Date.parse('2026-03-11T00:00:00Z'),
        evaluatedAt: new Date(T0).toISOString(),
      });

      const second = await runner().runAll();
      expect(second).toMatchObject({ entities: 2, changedEntities: 0 });
      expect(evaluatedRefs()).toEqual([]);
      const after = await store.readEvaluationInputs(MODEL_ID, [A, B]);
      expect(after.get(A)).toEqual({
        ...before.get(A),
        evaluatedAt: new Date(T0 + 60_000).toISOString(),
      });
      expect(await statusOf(A, 'coverage')).toBe('passed');
    });

    it('evaluates again only the entity whose fact changed', async () => {
      await firstRun();
      provider.evidence.set(B, facts(50, T0 - DAY));
      const second = await runner().runAll();
      expect(evaluatedRefs()).toEqual([B]);
      expect(second.changedEntities).toBe(1);
      expect(await statusOf(B, 'coverage')).toBe('failed');
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([]);
    });

    it.each([
      [
        'an attestation',
        {
          attestations: {
            drill: {
              attestedAt: new Date(T0 - DAY).toISOString(),
              expiresAt: new Date(T0 + 100 * DAY).toISOString(),
              evidenceUrl: 'https://example.com/drill',
              author: 'user:default/lead',
            },
          },
        },
      ],
      [
        'a waiver',
        {
          waivers: {
            drill: { reason: 'no DR site', author: 'user:default/lead' },
          },
        },
      ],
    ])(
      'evaluates again only the entity with %s',
      async (_name, extra: ProvidedEvidence) => {
        await firstRun();
        provider.evidence.set(A, { ...facts(90, T0 - DAY), ...extra });
        await runner().runAll();
        expect(evaluatedRefs()).toEqual([A]);
        expect(await statusOf(A, 'drill')).not.toBe('unknown');
      },
    );

    it('evaluates again only the entity whose annotation changed', async () => {
      await firstRun();
      await runner({
        entities: [service('a', { annotations: { x: 'y' } }), service('b')],
      }).runAll();
      expect(evaluatedRefs()).toEqual([A]);
    });

    it('evaluates again only the entity whose relation target came to exist', async () => {
      const a = service('a', { relations: ['resource:default/db'] });
      await firstRun({ entities: [a, service('b')] });
      await runner({ entities: [a, service('b'), database] }).runAll();
      expect(evaluatedRefs()).toEqual([A]);
    });

    it('evaluates everything again when the model or the baseline date changed', async () => {
      await firstRun();
      // a new text, the same version
      await runner({ model: model('Write more tests.') }).runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
      await runner({
        model: model('Write more tests.'),
        baselineDate: '2026-01-01',
      }).runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
      await runner({
        model: model('Write more tests.'),
        baselineDate: '2026-01-01',
      }).runAll();
      expect(evaluatedRefs()).toEqual([]);
    });

    it('evaluates again an entity whose withinDays date grew too old', async () => {
      await start(databaseId);
      // a's deploy is 7 days old in 1 hour
      provider.evidence.set(A, facts(90, T0 - 7 * DAY + HOUR));
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
      expect(await statusOf(A, 'deployed')).toBe('passed');
      expect((await store.readEvaluationInputs(MODEL_ID, [A])).get(A)).toEqual(
        expect.objectContaining({ validUntil: T0 + HOUR }),
      );

      jest.setSystemTime(T0 + 30 * 60_000);
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([]);

      jest.setSystemTime(T0 + 2 * HOUR);
      const late = await runner().runAll();
      expect(evaluatedRefs()).toEqual([A]);
      expect(late.changedEntities).toBe(1);
      expect(await statusOf(A, 'deployed')).toBe('failed');
    });

    it('evaluates every entity again on the next day', async () => {
      await firstRun();
      jest.setSystemTime(Date.parse('2026-03-11T00:00:01Z'));
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
    });

    it('never skips while a source is down, nor on the run after', async () => {
      await firstRun();
      provider.down = true;
      const down = await runner().runAll();
      expect(down.sourcesDown).toHaveLength(1);
      expect(evaluatedRefs()).toEqual([A, B]);
      expect(await statusOf(A, 'coverage')).toBe('passed');
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
      expect(await knex(TABLES.evidenceOutages)).toHaveLength(2);

      provider.down = false;
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([A, B]);
      expect(await knex(TABLES.evidenceOutages)).toHaveLength(0);
      await runner().runAll();
      expect(evaluatedRefs()).toEqual([]);
    });

    it('skips a refresh of an unchanged entity, not of a changed one', async () => {
      await firstRun();
      const r = runner();
      expect(await r.refreshEntity(service('a'))).toMatchObject({
        changedEntities: 0,
        errors: [],
      });
      expect(evaluatedRefs()).toEqual([]);
      provider.evidence.set(A, facts(10, T0 - DAY));
      expect(await r.refreshEntity(service('a'))).toMatchObject({
        changedEntities: 1,
      });
      expect(evaluatedRefs()).toEqual([A]);
    });
  },
);
