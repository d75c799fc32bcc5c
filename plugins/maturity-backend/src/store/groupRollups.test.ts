import { TABLES } from './tables';
import {
  createStore,
  createTestDatabases,
  evaluation,
} from './__testUtils__/fixtures';
import { c, g, MODEL_ID, seedOrg } from './__testUtils__/orgFixture';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-06-01T00:00:00.000Z');

const dist = (counts: Record<string, number>) => ({
  '0': 0,
  '1': 0,
  '2': 0,
  '3': 0,
  '4': 0,
  '5': 0,
  ...counts,
});

describe('DatabaseMaturityStore group rollups', () => {
  it.each(databases.eachSupportedId())(
    'builds the closure through nesting, orphans and cycles, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);

      const rows: Array<{
        group_ref: string;
        ancestor_ref: string;
        depth: number;
      }> = await knex(TABLES.groupClosure).select();
      const ancestors = (name: string) =>
        rows
          .filter(r => r.group_ref === g(name))
          .sort((a, b) => a.depth - b.depth)
          .map(r => [r.ancestor_ref, Number(r.depth)]);

      expect(ancestors('payments-core')).toEqual([
        [g('payments-core'), 0],
        [g('payments'), 1],
        [g('retail'), 2],
        [g('org'), 3],
      ]);
      expect(ancestors('org')).toEqual([[g('org'), 0]]);
      expect(ancestors('orphan-root')).toEqual([[g('orphan-root'), 0]]);
      expect(ancestors('orphan-child')).toEqual([
        [g('orphan-child'), 0],
        [g('orphan-root'), 1],
      ]);
      expect(ancestors('cycle-a')).toEqual([
        [g('cycle-a'), 0],
        [g('cycle-b'), 1],
      ]);
      expect(ancestors('cycle-b')).toEqual([
        [g('cycle-b'), 0],
        [g('cycle-a'), 1],
      ]);
      expect(ancestors('self')).toEqual([[g('self'), 0]]);

      await store.replaceGroups([{ groupRef: g('solo') }]);
      expect(await knex(TABLES.groups).select('group_ref')).toEqual([
        { group_ref: g('solo') },
      ]);
      expect(
        (await knex(TABLES.groupClosure).select()).map(r => r.ancestor_ref),
      ).toEqual([g('solo')]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls up a group with every nested group, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);

      const rollup = (await store.getGroupRollup({
        modelId: MODEL_ID,
        groupRef: g('org'),
        weakestLimit: 2,
      }))!;
      expect(rollup.groupRef).toBe(g('org'));
      expect(rollup.title).toBe('Bank');
      expect(rollup.modelId).toBe(MODEL_ID);
      // core-ledger, payments-api, cards-web, platform-docs, bank-portal
      expect(rollup.entityCount).toBe(5);
      expect(rollup.overall).toEqual({
        entityCount: 4,
        averageLevel: 2.5,
        averageScore: expect.closeTo((0.2 + 0.7 + 0.5 + 0.9) / 4, 10),
        distribution: dist({ '1': 1, '2': 1, '3': 1, '4': 1 }),
      });
      expect(rollup.domains).toEqual({
        build: {
          entityCount: 4,
          averageLevel: 2.5,
          averageScore: expect.closeTo(0.5, 10),
          distribution: dist({ '1': 1, '2': 1, '3': 1, '4': 1 }),
        },
        deploy: {
          entityCount: 3,
          averageLevel: expect.closeTo(11 / 3, 10),
          averageScore: expect.closeTo(11 / 15, 10),
          distribution: dist({ '2': 1, '4': 1, '5': 1 }),
        },
      });

      expect(
        rollup.children.map(r => [r.groupRef, r.parentRef, r.entityCount]),
      ).toEqual([
        [g('platform'), g('org'), 1],
        [g('retail'), g('org'), 3],
      ]);
      const ownedDirectly = 1; // bank-portal
      expect(
        rollup.children.reduce((n, r) => n + r.entityCount, 0) + ownedDirectly,
      ).toBe(rollup.entityCount);
      const platform = rollup.children[0];
      expect(platform.title).toBe('Platform');
      expect(platform.overall.entityCount).toBe(0);
      expect(platform.overall.averageLevel).toBeNull();
      expect(platform.domains).toEqual({});

      expect(rollup.weakestEntities.map(e => [e.entityRef, e.level])).toEqual([
        [c('core-ledger'), 1],
        [c('cards-web'), 2],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls up nested levels and children, ignores other owners and models, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);
      const rollupOf = (name: string, weakestLimit = 10) =>
        store.getGroupRollup({
          modelId: MODEL_ID,
          groupRef: g(name),
          weakestLimit,
        });

      const retail = (await rollupOf('retail'))!;
      expect(retail.entityCount).toBe(3);
      expect(retail.children.map(r => [r.groupRef, r.entityCount])).toEqual([
        [g('cards'), 1],
        [g('payments'), 2],
      ]);
      expect(retail.children[1].overall.distribution).toEqual(
        dist({ '1': 1, '3': 1 }),
      );
      expect(retail.weakestEntities.map(e => e.entityRef)).toEqual([
        c('core-ledger'),
        c('cards-web'),
        c('payments-api'),
      ]);

      const core = (await rollupOf('payments-core', 0))!;
      expect(core.entityCount).toBe(1);
      expect(core.children).toEqual([]);
      expect(core.weakestEntities).toEqual([]);
      expect(core.title).toBeUndefined();

      expect((await rollupOf('cycle-a'))!.entityCount).toBe(1);
      expect((await rollupOf('cycle-b'))!.entityCount).toBe(1);
      expect(
        (await rollupOf('cycle-a'))!.children.map(r => r.groupRef),
      ).toEqual([g('cycle-b')]);
      const self = (await rollupOf('self'))!;
      expect(self.entityCount).toBe(0);
      expect(self.children).toEqual([]);

      expect(await rollupOf('ghost')).toBeUndefined();
      const otherModel = await store.getGroupRollup({
        modelId: 'other',
        groupRef: g('org'),
        weakestLimit: 5,
      });
      expect(otherModel?.entityCount).toBe(1);

      for (const name of ['org', 'orphan-root', 'cycle-a', 'self']) {
        const rollup = (await rollupOf(name))!;
        expect(rollup.weakestEntities.map(e => e.entityRef)).not.toContain(
          c('alice-tool'),
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lists roots and their children for the org matrix, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);

      const rows = await store.getOrgRollup(MODEL_ID);
      expect(rows.map(r => [r.groupRef, r.parentRef, r.entityCount])).toEqual([
        [g('org'), undefined, 5],
        [g('platform'), g('org'), 1],
        [g('retail'), g('org'), 3],
        [g('orphan-root'), undefined, 0],
        [g('orphan-child'), g('orphan-root'), 0],
      ]);
      expect(rows[0].domains.deploy.entityCount).toBe(3);
      expect(rows[0].title).toBe('Bank');

      expect(await store.getOrgRollup('unknown-model')).toEqual(
        rows.map(r =>
          expect.objectContaining({ groupRef: r.groupRef, entityCount: 0 }),
        ),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'aggregates the entities no known group owns, groups left out, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);
      await store.applyEvaluations(
        [
          // Its owner group was deleted from the catalog: unowned.
          evaluation({
            entityRef: c('ghost-owned'),
            ownerRef: g('ghost'),
            level: 1,
            score: 0.3,
            domains: { build: 1, deploy: null },
          }),
          // A group is a team, not owned work: never counted.
          evaluation({
            entityRef: g('lone-team'),
            level: 3,
            score: 0.6,
            domains: { build: 3 },
          }),
        ],
        NOW,
      );

      // alice-tool (owned by a user), ownerless and ghost-owned.
      const unowned = await store.getUnownedRollup(MODEL_ID);
      expect(unowned.entityCount).toBe(3);
      expect(unowned.overall).toEqual({
        entityCount: 3,
        averageLevel: 1,
        averageScore: expect.closeTo(0.8 / 3, 5),
        distribution: dist({ '0': 1, '1': 1, '2': 1 }),
      });
      expect(unowned.domains.build).toEqual(
        expect.objectContaining({
          entityCount: 3,
          averageLevel: 1,
          distribution: dist({ '0': 1, '1': 1, '2': 1 }),
        }),
      );
      expect(unowned.domains.deploy).toEqual(
        expect.objectContaining({ entityCount: 2, averageLevel: 1 }),
      );

      expect(await store.getUnownedRollup('unknown-model')).toEqual({
        entityCount: 0,
        overall: expect.objectContaining({
          entityCount: 0,
          averageLevel: null,
        }),
        domains: {},
      });
    },
  );
});
