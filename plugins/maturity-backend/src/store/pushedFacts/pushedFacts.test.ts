import { createStore, createTestDatabases } from '../__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const GATEWAY = 'component:default/gateway';
const LEDGER = 'component:default/ledger';
const NOW = new Date('2026-12-09T12:00:00.000Z');
const day = (n: number) =>
  new Date(NOW.getTime() - n * 24 * 3600 * 1000).toISOString();

const push = (
  entityRef: string,
  timestamp: string,
  facts: Record<string, any>,
  source = 'ci',
) => ({ entityRef, source, timestamp, facts, pushedBy: 'external:ci' });

describe('DatabaseMaturityStore pushed facts', () => {
  it.each(databases.eachSupportedId())(
    'stores a push once: a retry is unchanged, other facts conflict, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const write = push(GATEWAY, day(1), { coverage: 81.5, tags: ['a'] });
      expect(await store.storePushedFacts(write, NOW)).toBe('stored');
      // key order does not matter
      expect(
        await store.storePushedFacts(
          { ...write, facts: { tags: ['a'], coverage: 81.5 } },
          NOW,
        ),
      ).toBe('unchanged');
      expect(
        await store.storePushedFacts(
          { ...write, facts: { coverage: 82 } },
          NOW,
        ),
      ).toBe('conflict');
      expect(
        await store.storePushedFacts({ ...write, source: 'deploy' }, NOW),
      ).toBe('stored');
      const rows = await knex('maturity_pushed_facts').orderBy('source');
      expect(rows).toEqual([
        {
          entity_ref: GATEWAY,
          source: 'ci',
          timestamp: day(1),
          facts: '{"coverage":81.5,"tags":["a"]}',
          received_at: NOW.toISOString(),
          pushed_by: 'external:ci',
        },
        expect.objectContaining({ source: 'deploy' }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the latest push per entity and source with the facts asked for, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.storePushedFacts(
        push(GATEWAY, day(3), { coverage: 70, scanner: 'old' }),
        NOW,
      );
      await store.storePushedFacts(
        push(GATEWAY, day(1), { coverage: 80, scanner: 'trivy' }),
        NOW,
      );
      await store.storePushedFacts(push(LEDGER, day(2), { coverage: 50 }), NOW);
      await store.storePushedFacts(
        push(LEDGER, day(0), { deployments: 3 }, 'deploy'),
        NOW,
      );
      const latest = await store.readLatestPushedFacts(
        [GATEWAY, LEDGER, 'component:default/none'],
        { ci: ['coverage'], deploy: ['deployments', 'missing'] },
      );
      expect(Object.fromEntries(latest)).toEqual({
        [GATEWAY]: { ci: { facts: { coverage: 80 }, timestamp: day(1) } },
        [LEDGER]: {
          ci: { facts: { coverage: 50 }, timestamp: day(2) },
          deploy: { facts: { deployments: 3 }, timestamp: day(0) },
        },
      });
      expect((await store.readLatestPushedFacts([GATEWAY], {})).size).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'reads history within the look-back and the push in force before it, oldest first, and prunes old pushes, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      for (const [days, coverage] of [
        [40, 50],
        [20, 60],
        [10, 70],
        [1, 80],
      ]) {
        await store.storePushedFacts(
          push(GATEWAY, day(days), { coverage, scanner: 'x' }),
          NOW,
        );
      }
      // a push after `now` is not history yet
      await store.storePushedFacts(
        push(GATEWAY, new Date(NOW.getTime() + 60_000).toISOString(), {
          coverage: 99,
        }),
        NOW,
      );
      const history = await store.readPushedFactHistory(
        [GATEWAY, LEDGER],
        { ci: { coverage: 30 } },
        NOW,
      );
      // 40 days ago is the value in force when the 31-day window began
      expect(Object.fromEntries(history)).toEqual({
        [GATEWAY]: {
          ci: {
            coverage: [
              { timestamp: day(40), value: 50 },
              { timestamp: day(20), value: 60 },
              { timestamp: day(10), value: 70 },
              { timestamp: day(1), value: 80 },
            ],
          },
        },
      });
      const recent = await store.readPushedFactHistory(
        [GATEWAY],
        { ci: { coverage: 5 } },
        NOW,
      );
      expect(recent.get(GATEWAY)!.ci.coverage.map(p => p.value)).toEqual([
        70, 80,
      ]);
      expect(await store.prunePushedFacts(new Date(day(15)))).toBe(2);
      const after = await store.readPushedFactHistory(
        [GATEWAY],
        { ci: { coverage: 100 } },
        NOW,
      );
      expect(after.get(GATEWAY)!.ci.coverage.map(p => p.value)).toEqual([
        70, 80,
      ]);
    },
  );
});
