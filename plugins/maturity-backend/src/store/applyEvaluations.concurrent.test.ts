import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { evaluation, MODEL_ID } from './__testUtils__/fixtures';
import { TABLES } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
const describeOnPostgres = databases.supports('POSTGRES_15')
  ? describe
  : describe.skip;

describeOnPostgres(
  'two stores writing one POSTGRES_15 database at once',
  () => {
    const pools: Knex[] = [];
    afterAll(() => Promise.all(pools.map(pool => pool.destroy())));

    it('record each level change once, for new and for changed entities', async () => {
      const knex = await databases.init('POSTGRES_15');
      const other = knexFactory(knex.client.config);
      pools.push(other);
      const [a, b] = await Promise.all(
        [knex, other].map(client =>
          DatabaseMaturityStore.create({
            database: mockServices.database({ knex: client }),
          }),
        ),
      );
      const refs = Array.from(
        { length: 20 },
        (_, i) => `component:default/s${i}`,
      );
      const at = (level: number) =>
        refs.map(entityRef =>
          evaluation({ entityRef, level, domains: { build: level } }),
        );
      // Both instances write the same new entities, then the same change, at
      // the same time.
      const day = (d: number) => new Date(Date.UTC(2026, 0, d));
      await Promise.all([
        a.applyEvaluations(at(1), day(1)),
        b.applyEvaluations(at(1), day(1)),
      ]);
      await Promise.all([
        a.applyEvaluations(at(2), day(2)),
        b.applyEvaluations(at(2), day(2)),
      ]);

      const rows: Array<{
        entity_ref: string;
        domain_id: string | null;
        level: number;
      }> = await knex(TABLES.levelHistory)
        .where('model_id', MODEL_ID)
        .select('entity_ref', 'domain_id', 'level');
      const perKey = new Map<string, number>();
      for (const row of rows) {
        const key = `${row.entity_ref} ${row.domain_id} ${row.level}`;
        perKey.set(key, (perKey.get(key) ?? 0) + 1);
      }
      expect([...perKey.entries()].filter(([, n]) => n > 1)).toEqual([]);
      // Two levels (1, 2) for the overall level and the domain, per entity.
      expect(rows).toHaveLength(refs.length * 4);
    });
  },
);
