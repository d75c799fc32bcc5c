import { createStore, createTestDatabases } from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const at = (iso: string) => new Date(iso);
const T0 = '2026-05-01T12:00:00.000Z';
const minutesAfter = (minutes: number) =>
  new Date(at(T0).getTime() + minutes * 60_000);
/** The takeover bound of these tests: 2 minutes. */
const staleBefore = (now: Date) => new Date(now.getTime() - 2 * 60_000);

describe('the full run lease', () => {
  it.each(databases.eachSupportedId())(
    'is held by one holder at a time, beats and is released, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      expect(await store.readRunLease()).toEqual({});

      const now = at(T0);
      expect(await store.acquireRunLease('a', now, staleBefore(now))).toEqual({
        acquired: true,
      });
      expect(await store.attachRunToLease('a', 'run-a')).toBe(true);
      // a minute later the holder is alive: no one else gets it
      const later = minutesAfter(1);
      expect(
        await store.acquireRunLease('b', later, staleBefore(later)),
      ).toEqual({
        acquired: false,
        current: {
          holder: 'a',
          runId: 'run-a',
          acquiredAt: T0,
          heartbeatAt: T0,
        },
      });
      expect(await store.heartbeatRunLease('b', later)).toBe(false);
      expect(await store.heartbeatRunLease('a', later)).toBe(true);
      // beaten at 1 min, so still alive at 2.5 min
      const afterBeat = minutesAfter(2.5);
      expect(
        (await store.acquireRunLease('b', afterBeat, staleBefore(afterBeat)))
          .acquired,
      ).toBe(false);

      expect(await store.releaseRunLease('b')).toBe(false);
      expect(await store.releaseRunLease('a')).toBe(true);
      expect((await store.readRunLease()).holder).toBeUndefined();
      expect(
        await store.acquireRunLease('b', afterBeat, staleBefore(afterBeat)),
      ).toEqual({ acquired: true });
      expect(await store.readRunLease()).toEqual({
        holder: 'b',
        acquiredAt: afterBeat.toISOString(),
        heartbeatAt: afterBeat.toISOString(),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'is taken over once the heartbeat is stale; the dead run is failed and the old holder has lost it, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const runId = await store.startRun('manual', at(T0), 'user:default/a');
      await store.acquireRunLease('a', at(T0), staleBefore(at(T0)));
      await store.attachRunToLease('a', runId);
      await store.heartbeatRunLease('a', minutesAfter(1));

      const now = minutesAfter(3.5);
      expect(await store.acquireRunLease('b', now, staleBefore(now))).toEqual({
        acquired: true,
        tookOver: { runId, heartbeatAt: minutesAfter(1).toISOString() },
      });
      const [dead] = await store.listRuns(1);
      expect(dead).toMatchObject({
        id: runId,
        status: 'failed',
        finishedAt: now.toISOString(),
        errorDetails: [
          {
            message: `abandoned: no heartbeat since ${minutesAfter(
              1,
            ).toISOString()}; taken over by a new run`,
          },
        ],
      });
      // the old holder's run learns it at its next beat and stops
      expect(await store.heartbeatRunLease('a', now)).toBe(false);
      expect(await store.attachRunToLease('a', runId)).toBe(false);
      expect(await store.releaseRunLease('a')).toBe(false);
      expect((await store.readRunLease()).holder).toBe('b');
    },
  );

  it.each(databases.eachSupportedId())(
    'goes to exactly one of many instances taking over at once, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.acquireRunLease('dead', at(T0), staleBefore(at(T0)));
      const now = minutesAfter(10);
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.acquireRunLease(`taker-${i}`, now, staleBefore(now)),
        ),
      );
      const winners = attempts.filter(a => a.acquired);
      expect(winners).toHaveLength(1);
      const holder = (await store.readRunLease()).holder;
      expect(holder).toMatch(/^taker-/);
      for (const attempt of attempts.filter(a => !a.acquired)) {
        expect(attempt).toMatchObject({ current: { holder } });
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a run whose heartbeat is fresh when closing abandoned runs, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const alive = await store.startRun('scheduled', at(T0));
      const dead = await store.startRun('manual', at(T0));
      await store.acquireRunLease('alive', at(T0), staleBefore(at(T0)));
      await store.attachRunToLease('alive', alive);

      const now = minutesAfter(1);
      expect(await store.closeAbandonedRuns(now, staleBefore(now))).toBe(1);
      const status = async () =>
        Object.fromEntries(
          (await store.listRuns(10)).map(r => [r.id, r.status]),
        );
      expect(await status()).toEqual({ [alive]: 'running', [dead]: 'failed' });

      // once its heartbeat is stale, it is closed too
      const late = minutesAfter(5);
      expect(await store.closeAbandonedRuns(late, staleBefore(late))).toBe(1);
      expect((await status())[alive]).toBe('failed');
    },
  );

  it.each(databases.eachSupportedId())(
    'puts its row back if it went missing, %p',
    async databaseId => {
      const { knex, store } = await createStore(databases, databaseId);
      await knex('maturity_run_lease').delete();
      const now = at(T0);
      expect(await store.acquireRunLease('a', now, staleBefore(now))).toEqual({
        acquired: true,
      });
      expect((await store.readRunLease()).holder).toBe('a');
    },
  );
});
