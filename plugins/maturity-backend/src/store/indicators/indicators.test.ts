import type {
  IndicatorSamples,
  MaturityIndicator,
} from '@devops-maturity/plugin-maturity-common';
import { migrationsDirectory } from '../migrationsDirectory';
import { TABLES } from '../tables';
import {
  countRows,
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from '../__testUtils__/fixtures';
import type { DatabaseMaturityStore } from '../DatabaseMaturityStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const g = (name: string) => `group:default/${name}`;
const c = (name: string) => `component:default/${name}`;

const INDICATORS: MaturityIndicator[] = [
  {
    id: 'config-accuracy',
    title: 'Configuration accuracy',
    aggregation: { type: 'passRate', check: 'config' },
    unit: '%',
    target: 100,
    direction: 'increase',
  },
  {
    id: 'lead-time',
    title: 'Lead time',
    aggregation: { type: 'p50', fact: 'techInsights.dora.leadTimeHours' },
    unit: 'hours',
    target: 24,
    direction: 'decrease',
  },
];

const DAY1 = new Date('2026-08-01T22:00:00.000Z');
const DAY1_LATER = new Date('2026-08-01T23:30:00.000Z');
const DAY2 = new Date('2026-08-02T06:00:00.000Z');

/** org ─ retail ─ payments; platform under org. */
async function seedGroups(store: DatabaseMaturityStore) {
  await store.replaceGroups([
    { groupRef: g('org') },
    { groupRef: g('retail'), parentRef: g('org') },
    { groupRef: g('payments'), parentRef: g('retail') },
    { groupRef: g('platform'), parentRef: g('org') },
  ]);
}

function withSamples(
  name: string,
  ownerRef: string,
  indicatorSamples: IndicatorSamples | undefined,
) {
  return {
    ...evaluation({ entityRef: c(name), ownerRef, domains: { build: 2 } }),
    indicatorSamples,
  };
}

describe('indicator samples and values', () => {
  it.each(databases.eachSupportedId())(
    'stores samples with the evaluation, replaces them on change and deletes them with the entity, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [
          withSamples('a', g('payments'), {
            'config-accuracy': 100,
            'lead-time': null,
          }),
          withSamples('b', g('payments'), {}),
          withSamples('c', g('payments'), undefined),
        ],
        DAY1,
      );
      expect(
        await store.getIndicatorSamples(MODEL_ID, [c('a'), c('b'), c('c')]),
      ).toEqual(
        new Map([[c('a'), { 'config-accuracy': 100, 'lead-time': null }]]),
      );

      await store.applyEvaluations(
        [withSamples('a', g('payments'), { 'lead-time': 12 })],
        DAY2,
      );
      expect(await store.getIndicatorSamples(MODEL_ID, [c('a')])).toEqual(
        new Map([[c('a'), { 'lead-time': 12 }]]),
      );

      // an older evaluation (a full run that read its evidence earlier) does not win
      await store.applyEvaluations(
        [withSamples('a', g('payments'), { 'lead-time': 99 })],
        DAY1_LATER,
      );
      expect(await store.getIndicatorSamples(MODEL_ID, [c('a')])).toEqual(
        new Map([[c('a'), { 'lead-time': 12 }]]),
      );

      await store.deleteEntities(MODEL_ID, [c('a')]);
      expect(await countRows(knex, TABLES.indicatorSamples)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'aggregates per group with its nested groups and for the org, counting no data apart, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedGroups(store);
      await store.applyEvaluations(
        [
          withSamples('pay-1', g('payments'), {
            'config-accuracy': 100,
            'lead-time': 10,
          }),
          withSamples('pay-2', g('payments'), {
            'config-accuracy': 0,
            'lead-time': null,
          }),
          withSamples('retail-1', g('retail'), {
            'config-accuracy': 100,
            'lead-time': 30,
          }),
          withSamples('plat-1', g('platform'), {
            'config-accuracy': null,
            'lead-time': 20,
          }),
          // owned by no known group: counts for the org only
          withSamples('stray', 'user:default/bob', { 'lead-time': 40 }),
        ],
        DAY1,
      );
      await store.writeIndicatorSnapshot(
        MODEL_ID,
        INDICATORS,
        '2026-08-01',
        DAY1,
      );

      const valuesOf = async (groupRef: string | null) =>
        Object.fromEntries(
          (await store.getIndicatorValues({
            modelId: MODEL_ID,
            groupRef,
            fromDay: '2026-01-01',
          }))!.map(v => [
            v.indicatorId,
            [v.value, v.entityCount, v.noDataCount],
          ]),
        );
      expect(await valuesOf(g('payments'))).toEqual({
        'config-accuracy': [50, 2, 0],
        'lead-time': [10, 1, 1],
      });
      // retail includes payments
      expect(await valuesOf(g('retail'))).toEqual({
        'config-accuracy': [(100 + 0 + 100) / 3, 3, 0],
        'lead-time': [10, 2, 1],
      });
      expect(await valuesOf(g('platform'))).toEqual({
        'config-accuracy': [null, 0, 1],
        'lead-time': [20, 1, 0],
      });
      // p50 (nearest rank) of 10, 20, 30: 20; of 10, 20, 30, 40: 20
      expect(await valuesOf(g('org'))).toEqual({
        'config-accuracy': [(100 + 0 + 100) / 3, 3, 1],
        'lead-time': [20, 3, 1],
      });
      expect(await valuesOf(null)).toEqual({
        'config-accuracy': [(100 + 0 + 100) / 3, 3, 1],
        'lead-time': [20, 4, 1],
      });
      expect(
        await store.getIndicatorValues({
          modelId: MODEL_ID,
          groupRef: g('nope'),
          fromDay: '2026-01-01',
        }),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one value per day: a second run that day replaces it, the next day adds one, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await seedGroups(store);
      const run = async (leadTime: number, at: Date) => {
        await store.applyEvaluations(
          [withSamples('pay-1', g('payments'), { 'lead-time': leadTime })],
          at,
        );
        await store.writeIndicatorSnapshot(
          MODEL_ID,
          INDICATORS,
          at.toISOString().slice(0, 10),
          at,
        );
      };
      await run(10, DAY1);
      await run(12, DAY1_LATER);
      let history = await store.getIndicatorValues({
        modelId: MODEL_ID,
        groupRef: g('payments'),
        fromDay: '2026-01-01',
      });
      expect(history!.filter(v => v.indicatorId === 'lead-time')).toEqual([
        {
          indicatorId: 'lead-time',
          day: '2026-08-01',
          value: 12,
          entityCount: 1,
          noDataCount: 0,
          computedAt: DAY1_LATER.toISOString(),
        },
      ]);

      await run(8, DAY2);
      history = await store.getIndicatorValues({
        modelId: MODEL_ID,
        groupRef: g('payments'),
        fromDay: '2026-01-01',
      });
      expect(
        history!
          .filter(v => v.indicatorId === 'lead-time')
          .map(v => [v.day, v.value]),
      ).toEqual([
        ['2026-08-01', 12],
        ['2026-08-02', 8],
      ]);
      // fromDay bounds the history
      expect(
        (await store.getIndicatorValues({
          modelId: MODEL_ID,
          groupRef: g('payments'),
          fromDay: '2026-08-02',
        }))!.map(v => v.day),
      ).toEqual(['2026-08-02', '2026-08-02']);
      // 4 groups + org, 2 indicators, 2 days
      expect(await countRows(knex, TABLES.indicatorValues)).toBe(5 * 2 * 2);

      await store.pruneHistory(new Date('2026-08-02T00:00:00Z'));
      expect(await countRows(knex, TABLES.indicatorValues)).toBe(5 * 2);
    },
  );

  it.each(databases.eachSupportedId())(
    'the migration goes down and up again, %p',
    async databaseId => {
      const { knex } = await createStore(databases, databaseId);
      const directory = migrationsDirectory();
      // down to before the indicators migration (later ones first)
      while (
        (await knex.migrate.currentVersion({ directory })) >= '20261206100000'
      ) {
        await knex.migrate.down({ directory });
      }
      expect(await knex.schema.hasTable(TABLES.indicatorSamples)).toBe(false);
      expect(await knex.schema.hasTable(TABLES.indicatorValues)).toBe(false);
      expect(await knex.schema.hasTable(TABLES.entities)).toBe(true);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable(TABLES.indicatorSamples)).toBe(true);
      expect(await knex.schema.hasTable(TABLES.indicatorValues)).toBe(true);
    },
  );
});
