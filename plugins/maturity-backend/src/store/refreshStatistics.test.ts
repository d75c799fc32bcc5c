import type { Knex } from 'knex';
import { TABLES } from './tables';
import {
  createStore,
  createTestDatabases,
  evaluation,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/** The row count the planner believes a table has; undefined when unknown. */
async function plannerRowCount(
  knex: Knex,
  table: string,
): Promise<number | undefined> {
  if (knex.client.config.client === 'pg') {
    const { rows } = await knex.raw(
      'SELECT reltuples FROM pg_class WHERE relname = ?',
      [table],
    );
    const count = Number(rows[0].reltuples);
    return count < 0 ? undefined : count;
  }
  if (!(await knex.schema.hasTable('sqlite_stat1'))) return undefined;
  const row = await knex('sqlite_stat1')
    .where({ tbl: table })
    .whereNull('idx')
    .first();
  // without an index-less row, the first number of any index row is the count
  const any = row ?? (await knex('sqlite_stat1').where({ tbl: table }).first());
  return any ? Number(String(any.stat).split(' ')[0]) : undefined;
}

describe('refreshStatistics', () => {
  it.each(databases.eachSupportedId())(
    'gives the planner the row counts of the aggregated tables, %p',
    async databaseId => {
      const { knex, store } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        ['a', 'b', 'c'].map(name =>
          evaluation({
            entityRef: `component:default/${name}`,
            domains: { build: 1, deploy: 2 },
          }),
        ),
        new Date('2026-01-01T00:00:00Z'),
      );
      expect(await plannerRowCount(knex, TABLES.entities)).toBeUndefined();

      await store.refreshStatistics();

      expect(await plannerRowCount(knex, TABLES.entities)).toBe(3);
      expect(await plannerRowCount(knex, TABLES.domainLevels)).toBe(6);
    },
  );
});
