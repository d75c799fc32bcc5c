import { TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { migrateToLatest } from './migrateToLatest';
import { TABLES } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe('migrateToLatest', () => {
  it.each(databases.eachSupportedId())(
    'creates the schema and is idempotent, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateToLatest(knex);
      await migrateToLatest(knex);
      for (const table of Object.values(TABLES)) {
        expect({ table, exists: await knex.schema.hasTable(table) }).toEqual({
          table,
          exists: true,
        });
      }
    },
  );

  const describeOnPostgres = databases.supports('POSTGRES_15')
    ? describe
    : describe.skip;
  describeOnPostgres('on PostgreSQL', () => {
    it('lets instances that start together all succeed', async () => {
      const knex = await databases.init('POSTGRES_15');
      // Separate pools, as separate processes would have.
      const pools: Knex[] = [1, 2, 3].map(() =>
        knexFactory(knex.client.config),
      );
      try {
        const outcomes = await Promise.allSettled(
          [knex, ...pools].map(db => migrateToLatest(db)),
        );
        expect(outcomes.map(o => o.status)).toEqual([
          'fulfilled',
          'fulfilled',
          'fulfilled',
          'fulfilled',
        ]);
        const [{ count }] = await knex('knex_migrations').count({
          count: '*',
        });
        expect(Number(count)).toBeGreaterThan(0);
      } finally {
        await Promise.all(pools.map(pool => pool.destroy()));
      }
    });
  });
});
