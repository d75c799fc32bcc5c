import { InputError } from '@backstage/errors';
import type { ListEntitiesQuery } from './types';
import {
  createStore,
  createTestDatabases,
  evaluation,
} from './__testUtils__/fixtures';
import { c, g, MODEL_ID, seedOrg } from './__testUtils__/orgFixture';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-07-01T00:00:00.000Z');

describe('DatabaseMaturityStore.listEntities', () => {
  it.each(databases.eachSupportedId())(
    'filters by group, level, domain level, kind and lifecycle, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);
      const refs = async (
        query: Omit<ListEntitiesQuery, 'modelId' | 'limit'>,
      ) => {
        const page = await store.listEntities({
          modelId: MODEL_ID,
          limit: 100,
          ...query,
        });
        expect(page.totalCount).toBe(page.items.length);
        return page.items.map(i => i.entityRef).sort();
      };

      expect(await refs({})).toHaveLength(8);
      expect(await refs({ groupRef: g('retail') })).toEqual(
        [c('cards-web'), c('core-ledger'), c('payments-api')].sort(),
      );
      expect(await refs({ groupRef: g('ghost') })).toEqual([]);
      // Owned by a user or by no one: no known group owns them.
      expect(await refs({ unowned: true })).toEqual(
        [c('alice-tool'), c('ownerless')].sort(),
      );
      expect(await refs({ unowned: true, minLevel: 1 })).toEqual([
        c('ownerless'),
      ]);
      expect(await refs({ minLevel: 2 })).toEqual(
        [
          c('bank-portal'),
          c('cards-web'),
          c('ownerless'),
          c('payments-api'),
        ].sort(),
      );
      expect(await refs({ minLevel: 1, maxLevel: 2 })).toEqual(
        [c('cards-web'), c('core-ledger'), c('ownerless')].sort(),
      );
      expect(await refs({ domainId: 'deploy', minLevel: 4 })).toEqual(
        [c('bank-portal'), c('payments-api')].sort(),
      );
      expect(await refs({ domainId: 'deploy', maxLevel: 2 })).toEqual(
        [
          c('alice-tool'),
          c('core-ledger'),
          c('loop-service'),
          c('ownerless'),
        ].sort(),
      );
      expect(await refs({ domainId: 'deploy' })).toHaveLength(8);
      expect(
        await refs({ groupRef: g('org'), domainId: 'build', maxLevel: 2 }),
      ).toEqual([c('cards-web'), c('core-ledger')].sort());
      expect(await refs({ kind: 'SYSTEM' })).toEqual([
        'system:default/platform-docs',
      ]);
      expect(
        await refs({ kind: 'component', lifecycle: 'experimental' }),
      ).toEqual([c('cards-web')]);
      expect(
        await refs({ lifecycle: 'production', groupRef: g('payments') }),
      ).toEqual([c('core-ledger'), c('payments-api')].sort());
      expect(
        (await store.listEntities({ modelId: 'other', limit: 10 })).items.map(
          i => i.entityRef,
        ),
      ).toEqual([c('other-model')]);
    },
  );

  it.each(databases.eachSupportedId())(
    'returns entity levels with a map of domain levels, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await seedOrg(store, NOW);
      const { items } = await store.listEntities({
        modelId: MODEL_ID,
        groupRef: g('cards'),
        limit: 10,
      });
      expect(items).toEqual([
        {
          entityRef: c('cards-web'),
          modelId: MODEL_ID,
          kind: 'Component',
          namespace: 'default',
          name: 'cards-web',
          title: undefined,
          specType: undefined,
          lifecycle: 'experimental',
          ownerRef: g('cards'),
          level: 2,
          score: 0.5,
          evaluatedAt: NOW.toISOString(),
          updatedAt: NOW.toISOString(),
          domains: {
            build: { level: 2, score: 0.4 },
            deploy: { level: null, score: 0 },
          },
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'pages with a cursor without duplicates or gaps, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const writes = Array.from({ length: 25 }, (_, i) =>
        evaluation({
          entityRef: `component:default/svc-${String(i).padStart(2, '0')}`,
          level: i % 3,
          domains: { build: i % 3 },
        }),
      );
      await store.applyEvaluations(writes, NOW);

      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listEntities({
          modelId: MODEL_ID,
          limit: 7,
          cursor,
        });
        expect(page.totalCount).toBe(25);
        sizes.push(page.items.length);
        seen.push(...page.items.map(i => i.entityRef));
        cursor = page.nextCursor;
      } while (cursor);
      expect(sizes).toEqual([7, 7, 7, 4]);
      expect(new Set(seen).size).toBe(25);
      expect([...seen].sort()).toEqual(
        writes.map(w => w.entity.entityRef).sort(),
      );
      const all = await store.listEntities({ modelId: MODEL_ID, limit: 100 });
      expect(all.items.map(i => i.entityRef)).toEqual(seen);
      expect(all.nextCursor).toBeUndefined();

      const filtered: string[] = [];
      cursor = undefined;
      do {
        const page = await store.listEntities({
          modelId: MODEL_ID,
          domainId: 'build',
          minLevel: 1,
          limit: 4,
          cursor,
        });
        expect(page.totalCount).toBe(16);
        filtered.push(...page.items.map(i => i.entityRef));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(filtered).size).toBe(16);

      const exact = await store.listEntities({ modelId: MODEL_ID, limit: 25 });
      expect(exact.items).toHaveLength(25);
      expect(exact.nextCursor).toBeUndefined();

      await expect(
        store.listEntities({
          modelId: MODEL_ID,
          limit: 5,
          cursor: 'not-a-cursor',
        }),
      ).rejects.toThrow(InputError);
    },
  );
});
