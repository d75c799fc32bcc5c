import * as writeRows from './writeRows';

jest.mock('./writeRows', () => {
  const actual = jest.requireActual('./writeRows');
  return { ...actual, insertRows: jest.fn(actual.insertRows) };
});
import { TABLES } from './tables';
import type { StoredCheckResult } from './types';
import {
  countCheckResults,
  countRows,
  createStore,
  createTestDatabases,
  evaluation,
  manyChecks,
  MODEL_ID,
} from './__testUtils__/fixtures';

/** Stored checks keep the order they were written in; tests compare sorted. */
function byDomainThenCheck(checks: StoredCheckResult[]): StoredCheckResult[] {
  return [...checks].sort(
    (a, b) =>
      a.domainId.localeCompare(b.domainId) ||
      a.checkId.localeCompare(b.checkId),
  );
}

jest.setTimeout(120_000);

const databases = createTestDatabases();

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');
const T3 = new Date('2026-03-03T10:00:00.000Z');
const REF = 'component:default/payments-api';

function paymentsApi(overrides: Parameters<typeof evaluation>[0] | {} = {}) {
  return evaluation({
    entityRef: REF,
    ownerRef: 'group:default/payments',
    title: 'Payments API',
    lifecycle: 'production',
    specType: 'service',
    level: 2,
    score: 0.6,
    domains: { build: 2, deploy: 3, test: null },
    checks: [
      { checkId: 'has-ci', domainId: 'build', status: 'passed', value: true },
      {
        checkId: 'has-owner',
        domainId: 'build',
        status: 'failed',
        value: null,
      },
      {
        checkId: 'deploys',
        domainId: 'deploy',
        value: { perWeek: 4, tags: ['x'] },
      },
      { checkId: 'attested', domainId: 'deploy', status: 'unknown' },
    ],
    ...overrides,
  });
}

describe('DatabaseMaturityStore.applyEvaluations', () => {
  it.each(databases.eachSupportedId())(
    'writes a first evaluation with history from null, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);

      const result = await store.applyEvaluations([paymentsApi()], T1);
      const entity = {
        kind: 'Component',
        namespace: 'default',
        name: 'payments-api',
        title: 'Payments API',
        ownerRef: 'group:default/payments',
      };
      const change = { entityRef: REF, modelId: MODEL_ID, entity };
      const at = T1.toISOString();
      expect(result).toEqual({
        changedEntities: 1,
        changedChecks: 4,
        historyRows: 3,
        // the history rows, as level changes; test does not apply: no row
        levelChanges: expect.arrayContaining([
          { ...change, domainId: 'build', from: null, to: 2, at },
          { ...change, domainId: 'deploy', from: null, to: 3, at },
          { ...change, domainId: null, from: null, to: 2, at },
        ]),
      });
      expect(result.levelChanges).toHaveLength(3);

      const scorecard = await store.getScorecard(REF, MODEL_ID);
      expect(scorecard?.entity).toEqual({
        entityRef: REF,
        modelId: MODEL_ID,
        kind: 'Component',
        namespace: 'default',
        name: 'payments-api',
        title: 'Payments API',
        specType: 'service',
        lifecycle: 'production',
        ownerRef: 'group:default/payments',
        level: 2,
        score: 0.6,
        evaluatedAt: T1.toISOString(),
        updatedAt: T1.toISOString(),
      });
      expect(scorecard?.domains).toEqual([
        {
          domainId: 'build',
          level: 2,
          score: 0.4,
          counts: expect.objectContaining({ passed: 2 }),
          nextLevel: { level: 3, checkIds: ['build-3'] },
          updatedAt: T1.toISOString(),
        },
        expect.objectContaining({ domainId: 'deploy', level: 3 }),
        expect.objectContaining({ domainId: 'test', level: null, score: 0 }),
      ]);
      expect(
        byDomainThenCheck(scorecard!.checks).map(c => [
          c.checkId,
          c.status,
          c.value,
        ]),
      ).toEqual([
        ['has-ci', 'passed', true],
        ['has-owner', 'failed', null],
        ['attested', 'unknown', undefined],
        ['deploys', 'passed', { perWeek: 4, tags: ['x'] }],
      ]);
      expect(scorecard?.checks[0]).toEqual({
        checkId: 'has-ci',
        domainId: 'build',
        capabilityId: 'build-cap',
        level: 1,
        status: 'passed',
        value: true,
        message: 'has-ci is passed',
        source: 'catalog',
        updatedAt: T1.toISOString(),
      });

      const history = await store.getHistory({
        entityRef: REF,
        modelId: MODEL_ID,
      });
      expect(
        history.map(h => [h.domainId, h.previousLevel, h.level, h.recordedAt]),
      ).toEqual(
        expect.arrayContaining([
          ['build', null, 2, T1.toISOString()],
          ['deploy', null, 3, T1.toISOString()],
          [null, null, 2, T1.toISOString()],
        ]),
      );
      expect(history).toHaveLength(3);
      expect(await countCheckResults(knex)).toBe(4);
    },
  );

  it.each(databases.eachSupportedId())(
    'changes nothing on an identical second evaluation but evaluatedAt, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);

      const result = await store.applyEvaluations([paymentsApi()], T2);
      expect(result).toEqual({
        changedEntities: 0,
        changedChecks: 0,
        historyRows: 0,
        levelChanges: [],
      });

      const scorecard = await store.getScorecard(REF, MODEL_ID);
      expect(scorecard?.entity.evaluatedAt).toBe(T2.toISOString());
      expect(scorecard?.entity.updatedAt).toBe(T1.toISOString());
      expect(
        scorecard?.domains.every(d => d.updatedAt === T1.toISOString()),
      ).toBe(true);
      expect(
        scorecard?.checks.every(c => c.updatedAt === T1.toISOString()),
      ).toBe(true);
      expect(await countRows(knex, TABLES.levelHistory)).toBe(3);
    },
  );

  it.each(databases.eachSupportedId())(
    'finds no change by comparing rows when the input hash differs, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);
      await knex(TABLES.entities).update({ input_hash: null });

      const compared = await store.applyEvaluations([paymentsApi()], T2);
      expect(compared).toEqual({
        changedEntities: 0,
        changedChecks: 0,
        historyRows: 0,
        levelChanges: [],
      });

      const kept = await store.applyEvaluations(
        [paymentsApi({ keepStoredResultsFor: ['not-stored-anywhere'] })],
        T3,
      );
      expect(kept).toEqual({
        changedEntities: 0,
        changedChecks: 0,
        historyRows: 0,
        levelChanges: [],
      });
      const entity = (await store.getScorecard(REF, MODEL_ID))!.entity;
      expect(entity.evaluatedAt).toBe(T3.toISOString());
      expect(entity.updatedAt).toBe(T1.toISOString());
      const [{ input_hash: hash }] = await knex(TABLES.entities).select(
        'input_hash',
      );
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it.each(databases.eachSupportedId())(
    'appends exactly one history row per changed level, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);

      const result = await store.applyEvaluations(
        [paymentsApi({ domains: { build: 3, deploy: 3, test: null } })],
        T2,
      );
      expect(result).toEqual({
        changedEntities: 1,
        changedChecks: 0,
        historyRows: 1,
        levelChanges: [
          expect.objectContaining({
            entityRef: REF,
            domainId: 'build',
            from: 2,
            to: 3,
            at: T2.toISOString(),
          }),
        ],
      });

      const build = await store.getHistory({
        entityRef: REF,
        modelId: MODEL_ID,
        domainId: 'build',
      });
      expect(build).toEqual([
        expect.objectContaining({ level: 2, previousLevel: null }),
        {
          entityRef: REF,
          modelId: MODEL_ID,
          domainId: 'build',
          level: 3,
          previousLevel: 2,
          score: 0.6,
          recordedAt: T2.toISOString(),
        },
      ]);
      const overall = await store.getHistory({
        entityRef: REF,
        modelId: MODEL_ID,
        domainId: null,
      });
      expect(overall).toHaveLength(1);

      await store.applyEvaluations(
        [
          paymentsApi({
            level: 1,
            domains: { build: 3, deploy: 3, test: null },
          }),
        ],
        T3,
      );
      const overallAfter = await store.getHistory({
        entityRef: REF,
        modelId: MODEL_ID,
        domainId: null,
      });
      expect(overallAfter.map(h => [h.previousLevel, h.level])).toEqual([
        [null, 2],
        [2, 1],
      ]);
      const scorecard = await store.getScorecard(REF, MODEL_ID);
      expect(scorecard?.entity.updatedAt).toBe(T3.toISOString());
      expect(
        scorecard?.domains.find(d => d.domainId === 'build')?.updatedAt,
      ).toBe(T2.toISOString());
    },
  );

  it.each(databases.eachSupportedId())(
    'filters history by domain and an inclusive time range, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi({ level: 1 })], T1);
      await store.applyEvaluations([paymentsApi({ level: 2 })], T2);
      await store.applyEvaluations([paymentsApi({ level: 3 })], T3);

      const between = await store.getHistory({
        entityRef: REF,
        modelId: MODEL_ID,
        domainId: null,
        from: T2,
        to: T3,
      });
      expect(between.map(h => h.level)).toEqual([2, 3]);
      const until = await store.getHistory({
        entityRef: REF,
        modelId: MODEL_ID,
        to: new Date(T2.getTime() - 1),
      });
      expect(until.map(h => h.domainId)).toEqual(
        expect.arrayContaining(['build', 'deploy', null]),
      );
      expect(until).toHaveLength(3);
      expect(
        await store.getHistory({
          entityRef: REF,
          modelId: 'other',
          domainId: null,
        }),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes changed and removes disappeared check results only, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);

      const result = await store.applyEvaluations(
        [
          paymentsApi({
            checks: [
              {
                checkId: 'has-ci',
                domainId: 'build',
                status: 'passed',
                value: true,
              },
              {
                checkId: 'has-owner',
                domainId: 'build',
                status: 'passed',
                value: 'x',
              },
              {
                checkId: 'deploys',
                domainId: 'deploy',
                value: { tags: ['x'], perWeek: 4 },
              },
              { checkId: 'new-check', domainId: 'deploy' },
            ],
          }),
        ],
        T2,
      );
      // has-owner changed, new-check added, attested removed; deploys has
      // the same value with keys in another order.
      expect(result).toEqual({
        changedEntities: 1,
        changedChecks: 3,
        historyRows: 0,
        levelChanges: [],
      });

      const checks = (await store.getScorecard(REF, MODEL_ID))!.checks;
      expect(checks.map(c => [c.checkId, c.updatedAt])).toEqual([
        ['has-ci', T1.toISOString()],
        ['has-owner', T2.toISOString()],
        ['deploys', T1.toISOString()],
        ['new-check', T2.toISOString()],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps stored results of checks whose source was unavailable, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);

      const result = await store.applyEvaluations(
        [
          paymentsApi({
            checks: [
              { checkId: 'has-ci', domainId: 'build', status: 'unknown' },
              {
                checkId: 'has-owner',
                domainId: 'build',
                status: 'failed',
                value: null,
              },
              { checkId: 'attested', domainId: 'deploy', status: 'unknown' },
              { checkId: 'fresh', domainId: 'deploy', status: 'unknown' },
            ],
            // `deploys` is kept although absent; `fresh` has no stored row.
            keepStoredResultsFor: ['has-ci', 'deploys', 'fresh'],
          }),
        ],
        T2,
      );
      expect(result).toEqual({
        changedEntities: 1,
        changedChecks: 1,
        historyRows: 0,
        levelChanges: [],
      });

      const checks = byDomainThenCheck(
        (await store.getScorecard(REF, MODEL_ID))!.checks,
      );
      expect(checks.map(c => [c.checkId, c.status, c.updatedAt])).toEqual([
        ['has-ci', 'passed', T1.toISOString()],
        ['has-owner', 'failed', T1.toISOString()],
        ['attested', 'unknown', T1.toISOString()],
        ['deploys', 'passed', T1.toISOString()],
        ['fresh', 'unknown', T2.toISOString()],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'removes domains the evaluation no longer has and updates entity info, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);

      const result = await store.applyEvaluations(
        [
          paymentsApi({
            domains: { build: 2 },
            ownerRef: 'group:default/cards',
          }),
        ],
        T2,
      );
      expect(result.changedEntities).toBe(1);
      const scorecard = (await store.getScorecard(REF, MODEL_ID))!;
      expect(scorecard.domains.map(d => d.domainId)).toEqual(['build']);
      expect(scorecard.entity.ownerRef).toBe('group:default/cards');
      expect(scorecard.entity.updatedAt).toBe(T2.toISOString());
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps an evaluation made after the evidence of a later write was read, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const other = 'component:default/other';
      await store.applyEvaluations(
        [paymentsApi({ level: 1 }), paymentsApi({ entityRef: other })],
        T1,
      );
      // a refresh at T3 while a full run that read its evidence at T2 runs
      await store.applyEvaluations([paymentsApi({ level: 3 })], T3);
      const result = await store.applyEvaluations(
        [
          paymentsApi({ level: 1 }),
          paymentsApi({ entityRef: other, level: 4 }),
        ],
        T2,
      );

      expect(result.changedEntities).toBe(1);
      const kept = (await store.getScorecard(REF, MODEL_ID))!.entity;
      expect(kept).toMatchObject({
        level: 3,
        evaluatedAt: T3.toISOString(),
      });
      expect((await store.getScorecard(other, MODEL_ID))!.entity.level).toBe(4);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps models apart and lets the last write of an entity in a batch win, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const result = await store.applyEvaluations(
        [
          paymentsApi({ level: 1 }),
          paymentsApi({ level: 4 }),
          paymentsApi({ modelId: 'other', level: 0 }),
        ],
        T1,
      );
      expect(result.changedEntities).toBe(2);
      expect((await store.getScorecard(REF, MODEL_ID))?.entity.level).toBe(4);
      expect((await store.getScorecard(REF, 'other'))?.entity.level).toBe(0);
      expect(
        await store.getScorecard('component:default/none', MODEL_ID),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the whole batch when a write fails, keeping earlier data, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await store.applyEvaluations([paymentsApi()], T1);

      // The history insert runs after the entity, domain and check writes of
      // the batch: failing it makes the transaction fail halfway.
      (writeRows.insertRows as jest.Mock).mockRejectedValueOnce(
        new Error('disk I/O error'),
      );
      await expect(
        store.applyEvaluations(
          [
            paymentsApi({ level: 4, domains: { build: 4, deploy: 4 } }),
            evaluation({
              entityRef: 'component:default/fine',
              domains: { build: 1 },
            }),
          ],
          T2,
        ),
      ).rejects.toThrow('disk I/O error');

      expect(await store.listEvaluatedEntityRefs(MODEL_ID)).toEqual([REF]);
      const scorecard = (await store.getScorecard(REF, MODEL_ID))!;
      expect(scorecard.entity.level).toBe(2);
      expect(scorecard.entity.evaluatedAt).toBe(T1.toISOString());
      expect(scorecard.domains).toHaveLength(3);
      expect(scorecard.checks).toHaveLength(4);
      expect(await countRows(knex, TABLES.levelHistory)).toBe(3);

      // the store stays usable
      const after = await store.applyEvaluations(
        [paymentsApi({ level: 3 })],
        T3,
      );
      expect(after.historyRows).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'handles a batch of 500 entities with 120 checks each, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const domainIds = ['build', 'deploy', 'test', 'operate'];
      const batch = (status: 'passed' | 'failed', changedEvery: number) =>
        Array.from({ length: 500 }, (_, i) =>
          evaluation({
            entityRef: `component:default/service-${String(i).padStart(
              3,
              '0',
            )}`,
            ownerRef: `group:default/team-${i % 10}`,
            domains: { build: 2, deploy: 3, test: 1, operate: i % 5 },
            checks: manyChecks(
              120,
              domainIds,
              i % changedEvery === 0 ? status : 'passed',
            ),
          }),
        );

      const first = await store.applyEvaluations(batch('passed', 1), T1);
      expect(first).toEqual({
        changedEntities: 500,
        changedChecks: 60_000,
        historyRows: 500 * 5,
        levelChanges: expect.any(Array),
      });
      expect(first.levelChanges).toHaveLength(500 * 5);
      expect(await countCheckResults(knex)).toBe(60_000);

      const same = await store.applyEvaluations(batch('passed', 1), T2);
      expect(same).toEqual({
        changedEntities: 0,
        changedChecks: 0,
        historyRows: 0,
        levelChanges: [],
      });

      const some = await store.applyEvaluations(batch('failed', 50), T3);
      expect(some).toEqual({
        changedEntities: 10,
        changedChecks: 1200,
        historyRows: 0,
        levelChanges: [],
      });
      expect(await countCheckResults(knex, { status: 'failed' })).toBe(1200);
    },
  );
});
