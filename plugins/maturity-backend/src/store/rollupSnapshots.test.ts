import { InputError } from '@backstage/errors';
import { TABLES } from './tables';
import {
  countRows,
  createStore,
  createTestDatabases,
  evaluation,
} from './__testUtils__/fixtures';
import { c, g, GROUPS, MODEL_ID, seedOrg } from './__testUtils__/orgFixture';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const DAY1 = new Date('2026-08-01T23:00:00.000Z');
const DAY2 = new Date('2026-08-02T06:00:00.000Z');

describe('DatabaseMaturityStore rollup snapshots', () => {
  it.each(databases.eachSupportedId())(
    'stores a row per group and domain per day and reads the trend, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await seedOrg(store, DAY1);
      await store.writeRollupSnapshot(MODEL_ID, '2026-08-01');
      // groups × (build, deploy, overall)
      expect(await countRows(knex, TABLES.rollupSnapshots)).toBe(
        GROUPS.length * 3,
      );

      // payments-api improves on day 2; re-running day 2 replaces its rows
      await store.writeRollupSnapshot(MODEL_ID, '2026-08-02');
      await store.applyEvaluations(
        [
          evaluation({
            entityRef: c('payments-api'),
            ownerRef: g('payments'),
            level: 4,
            score: 0.8,
            lifecycle: 'production',
            domains: { build: 4, deploy: 4 },
          }),
        ],
        DAY2,
      );
      await store.writeRollupSnapshot(MODEL_ID, '2026-08-02');
      expect(await countRows(knex, TABLES.rollupSnapshots)).toBe(
        GROUPS.length * 3 * 2,
      );

      const overall = await store.getRollupTrend({
        modelId: MODEL_ID,
        groupRef: g('org'),
        domainId: null,
        from: new Date('2026-08-01T12:00:00Z'),
        to: DAY2,
      });
      expect(overall).toEqual([
        {
          day: '2026-08-01',
          groupRef: g('org'),
          domainId: null,
          entityCount: 4,
          averageLevel: 2.5,
          averageScore: expect.closeTo(2.3 / 4, 10),
        },
        {
          day: '2026-08-02',
          groupRef: g('org'),
          domainId: null,
          entityCount: 4,
          averageLevel: 2.75,
          averageScore: expect.closeTo(2.4 / 4, 10),
        },
      ]);

      const build = await store.getRollupTrend({
        modelId: MODEL_ID,
        groupRef: g('payments'),
        domainId: 'build',
        from: DAY1,
        to: DAY1,
      });
      expect(build).toEqual([
        {
          day: '2026-08-01',
          groupRef: g('payments'),
          domainId: 'build',
          entityCount: 2,
          averageLevel: 2,
          averageScore: expect.closeTo(0.4, 10),
        },
      ]);

      const empty = await store.getRollupTrend({
        modelId: MODEL_ID,
        groupRef: g('orphan-child'),
        from: DAY1,
        to: DAY2,
      });
      expect(
        empty.map(p => [p.day, p.domainId, p.entityCount, p.averageLevel]),
      ).toEqual([
        ['2026-08-01', null, 0, null],
        ['2026-08-02', null, 0, null],
        ['2026-08-01', 'build', 0, null],
        ['2026-08-02', 'build', 0, null],
        ['2026-08-01', 'deploy', 0, null],
        ['2026-08-02', 'deploy', 0, null],
      ]);

      const everyGroup = await store.getRollupTrend({
        modelId: MODEL_ID,
        domainId: 'deploy',
        from: DAY2,
        to: DAY2,
      });
      expect(everyGroup).toHaveLength(GROUPS.length);
      expect(
        await store.getRollupTrend({ modelId: 'other', from: DAY1, to: DAY2 }),
      ).toEqual([]);
      await expect(
        store.writeRollupSnapshot(MODEL_ID, '2026-02-30'),
      ).rejects.toThrow(InputError);
    },
  );

  it.each(databases.eachSupportedId())(
    'prunes history and snapshots older than a date, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await seedOrg(store, DAY1);
      await store.writeRollupSnapshot(MODEL_ID, '2026-08-01');
      await store.applyEvaluations(
        [
          evaluation({
            entityRef: c('bank-portal'),
            ownerRef: g('org'),
            level: 5,
            domains: { build: 5, deploy: 5 },
          }),
        ],
        DAY2,
      );
      await store.writeRollupSnapshot(MODEL_ID, '2026-08-02');
      const historyBefore = await countRows(knex, TABLES.levelHistory);

      await store.pruneHistory(new Date('2026-08-02T00:00:00.000Z'));

      const history = await store.getHistory({
        entityRef: c('bank-portal'),
        modelId: MODEL_ID,
      });
      expect(history.map(h => h.recordedAt)).toEqual([
        DAY2.toISOString(),
        DAY2.toISOString(),
      ]);
      expect(await countRows(knex, TABLES.levelHistory)).toBeLessThan(
        historyBefore,
      );
      expect(
        await countRows(knex, TABLES.rollupSnapshots, { day: '2026-08-01' }),
      ).toBe(0);
      expect(
        await countRows(knex, TABLES.rollupSnapshots, { day: '2026-08-02' }),
      ).toBe(GROUPS.length * 3);
      expect(
        await store.getScorecard(c('bank-portal'), MODEL_ID),
      ).toBeDefined();
    },
  );
});
