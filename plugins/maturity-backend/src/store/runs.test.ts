import { NotFoundError } from '@backstage/errors';
import { createStore, createTestDatabases } from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe('DatabaseMaturityStore runs', () => {
  it.each(databases.eachSupportedId())(
    'closes runs left running by a stopped instance, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const now = new Date('2026-05-01T12:00:00Z');
      const at = (iso: string) => new Date(iso);
      const full = await store.startRun(
        'scheduled',
        at('2026-05-01T11:59:00Z'),
      );
      const oldRefresh = await store.startRun(
        'entity',
        at('2026-05-01T10:00:00Z'),
      );
      const newRefresh = await store.startRun(
        'entity',
        at('2026-05-01T11:30:00Z'),
      );
      const finished = await store.startRun(
        'manual',
        at('2026-05-01T09:00:00Z'),
      );
      await store.finishRun(finished, {
        status: 'succeeded',
        entities: 3,
        changedEntities: 0,
        errors: 0,
        errorDetails: [],
      });

      const freshSince = new Date(now.getTime() - 120_000);
      expect(await store.closeAbandonedRuns(now, freshSince)).toBe(2);

      const byId = new Map((await store.listRuns(10)).map(r => [r.id, r]));
      expect(byId.get(full)).toMatchObject({
        status: 'failed',
        finishedAt: now.toISOString(),
        errors: 1,
        errorDetails: [{ message: expect.stringContaining('abandoned') }],
      });
      expect(byId.get(oldRefresh)?.status).toBe('failed');
      expect(byId.get(newRefresh)?.status).toBe('running');
      expect(byId.get(finished)?.status).toBe('succeeded');
      expect(await store.closeAbandonedRuns(now, freshSince)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'records, finishes and lists runs newest first, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const first = await store.startRun(
        'scheduled',
        new Date('2026-05-01T00:00:00Z'),
      );
      const second = await store.startRun(
        'manual',
        new Date('2026-05-02T00:00:00Z'),
        'user:default/alice',
      );

      const errorDetails = Array.from({ length: 150 }, (_, i) => ({
        entityRef: `component:default/e${i}`,
        message: `failed ${i}`,
      }));
      await store.finishRun(first, {
        status: 'failed',
        finishedAt: '2026-05-01T00:05:00+01:00',
        entities: 300,
        changedEntities: 12,
        errors: 150,
        errorDetails,
      });

      const runs = await store.listRuns(10);
      expect(runs).toEqual([
        {
          id: second,
          trigger: 'manual',
          status: 'running',
          startedAt: '2026-05-02T00:00:00.000Z',
          finishedAt: undefined,
          entities: 0,
          changedEntities: 0,
          errors: 0,
          errorDetails: [],
          actor: 'user:default/alice',
        },
        {
          id: first,
          trigger: 'scheduled',
          status: 'failed',
          startedAt: '2026-05-01T00:00:00.000Z',
          finishedAt: '2026-04-30T23:05:00.000Z',
          entities: 300,
          changedEntities: 12,
          errors: 150,
          errorDetails: errorDetails.slice(0, 100),
        },
      ]);
      expect(await store.listRuns(1)).toHaveLength(1);
      await expect(
        store.finishRun('missing', {
          status: 'succeeded',
          entities: 0,
          changedEntities: 0,
          errors: 0,
          errorDetails: [],
        }),
      ).rejects.toThrow(NotFoundError);
    },
  );

  it.each(databases.eachSupportedId())(
    'hands manual run requests to the next run, earliest first, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      expect(await store.takeRunRequest()).toBeUndefined();

      const withdrawn = await store.requestRun(
        'user:default/bob',
        new Date('2026-05-01T09:00:00Z'),
      );
      await store.withdrawRunRequest(withdrawn);
      expect(await store.takeRunRequest()).toBeUndefined();

      await store.requestRun(
        'plugin:catalog',
        new Date('2026-05-01T10:01:00Z'),
      );
      await store.requestRun(
        'user:default/alice',
        new Date('2026-05-01T10:00:00Z'),
      );
      expect(await store.takeRunRequest()).toEqual({
        actor: 'user:default/alice',
        requestedAt: '2026-05-01T10:00:00.000Z',
      });
      // One run serves every request made before it started.
      expect(await store.takeRunRequest()).toBeUndefined();
    },
  );
});
