import type { MaturityStore } from './MaturityStore';
import { withReadCache } from './withReadCache';

const query = (groupRef: string) => ({
  modelId: 'm',
  groupRef,
  weakestLimit: 10,
});

describe('withReadCache', () => {
  const makeStore = () => {
    let version = 1;
    const store = {
      getGroupRollup: jest.fn(async (q: { groupRef: string }) => ({
        ref: q.groupRef,
        version,
      })),
      getScorecard: jest.fn(async (ref: string) => ({ ref, version })),
      getOrgRollup: jest.fn(async () => [{ version }]),
      applyEvaluations: jest.fn(async () => {
        version += 1;
        return {
          changedEntities: 1,
          changedChecks: 1,
          historyRows: 0,
          levelChanges: [],
        };
      }),
      listRuns: jest.fn(async () => []),
    };
    return store;
  };

  it('serves repeated reads from memory until a write', async () => {
    const inner = makeStore();
    const store = withReadCache(inner as unknown as MaturityStore, {
      ttlMs: 60_000,
    });
    expect(await store.getGroupRollup(query('a'))).toEqual({
      ref: 'a',
      version: 1,
    });
    expect(await store.getGroupRollup(query('a'))).toEqual({
      ref: 'a',
      version: 1,
    });
    expect(await store.getGroupRollup(query('b'))).toEqual({
      ref: 'b',
      version: 1,
    });
    expect(inner.getGroupRollup).toHaveBeenCalledTimes(2);

    await store.applyEvaluations([], new Date());
    expect(await store.getGroupRollup(query('a'))).toEqual({
      ref: 'a',
      version: 2,
    });
    expect(inner.getGroupRollup).toHaveBeenCalledTimes(3);
  });

  it('expires entries after the ttl and passes other calls through', async () => {
    const inner = makeStore();
    const store = withReadCache(inner as unknown as MaturityStore, {
      ttlMs: 0,
    });
    await store.getOrgRollup('m');
    await store.getOrgRollup('m');
    expect(inner.getOrgRollup).toHaveBeenCalledTimes(2);
    await store.listRuns(1);
    await store.listRuns(1);
    expect(inner.listRuns).toHaveBeenCalledTimes(2);
  });

  it('reads scorecards from the store every time: one row each, too many to keep', async () => {
    const inner = makeStore();
    const store = withReadCache(inner as unknown as MaturityStore, {
      ttlMs: 60_000,
    });
    await store.getScorecard('a', 'm');
    await store.getScorecard('a', 'm');
    expect(inner.getScorecard).toHaveBeenCalledTimes(2);
  });

  it('does not keep failed reads', async () => {
    const inner = makeStore();
    inner.getGroupRollup.mockRejectedValueOnce(new Error('db down'));
    const store = withReadCache(inner as unknown as MaturityStore, {
      ttlMs: 60_000,
    });
    await expect(store.getGroupRollup(query('a'))).rejects.toThrow('db down');
    expect(await store.getGroupRollup(query('a'))).toEqual({
      ref: 'a',
      version: 1,
    });
  });

  it('serves a stale campaign scope while one refresh runs, never after a write', async () => {
    let version = 1;
    let release: () => void = () => {};
    const inner = {
      readCampaignScope: jest.fn(
        () =>
          new Promise(resolve => {
            const value = { version };
            if (version === 1) resolve(value);
            else release = () => resolve(value);
          }),
      ),
      applyEvaluations: jest.fn(async () => {
        version += 1;
      }),
    };
    let clock = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const store = withReadCache(inner as unknown as MaturityStore, {
        ttlMs: 1_000,
      });
      const read = () => store.readCampaignScope({ modelId: 'm', targets: [] });
      expect(await read()).toEqual({ version: 1 });
      version = 2;
      clock = 5_000;
      // expired: the stale value at once, one refresh behind it
      expect(await read()).toEqual({ version: 1 });
      expect(await read()).toEqual({ version: 1 });
      expect(inner.readCampaignScope).toHaveBeenCalledTimes(2);
      release();
      await new Promise(resolve => setImmediate(resolve));
      expect(await read()).toEqual({ version: 2 });

      // a write clears it: the next read waits for fresh data
      await store.applyEvaluations([], new Date());
      const next = read();
      await new Promise(resolve => setImmediate(resolve)); // the read started
      release();
      expect(await next).toEqual({ version: 3 });
    } finally {
      jest.restoreAllMocks();
    }
  });

  describe('with the stored generation', () => {
    const makeShared = () => {
      let generation = 0;
      let version = 1;
      return {
        readWriteGeneration: jest.fn(async () => generation),
        bumpWriteGeneration: jest.fn(async () => {
          generation += 1;
        }),
        getOrgRollup: jest.fn(async () => [{ version }]),
        applyEvaluations: jest.fn(async () => {
          version += 1;
          return { changedEntities: version > 2 ? 1 : 0 };
        }),
        /** Another instance's write: new data and a new generation. */
        writeElsewhere() {
          version += 1;
          generation += 1;
        },
      };
    };

    it('keeps a value past its ttl while no instance wrote, and reads it again when one did', async () => {
      const inner = makeShared();
      let clock = 0;
      jest.spyOn(Date, 'now').mockImplementation(() => clock);
      try {
        const store = withReadCache(inner as unknown as MaturityStore, {
          ttlMs: 1_000,
        });
        expect(await store.getOrgRollup('m')).toEqual([{ version: 1 }]);
        clock = 5_000;
        expect(await store.getOrgRollup('m')).toEqual([{ version: 1 }]);
        expect(inner.getOrgRollup).toHaveBeenCalledTimes(1);

        inner.writeElsewhere();
        expect(await store.getOrgRollup('m')).toEqual([{ version: 1 }]); // within the ttl
        clock = 10_000;
        expect(await store.getOrgRollup('m')).toEqual([{ version: 2 }]);
        expect(inner.getOrgRollup).toHaveBeenCalledTimes(2);

        // however still current, a value is read again after maxStaleMs
        clock = 10_000 + 10 * 60_000;
        await store.getOrgRollup('m');
        expect(inner.getOrgRollup).toHaveBeenCalledTimes(3);
      } finally {
        jest.restoreAllMocks();
      }
    });

    it('moves the generation on for writes that changed results only', async () => {
      const inner = makeShared();
      const store = withReadCache(inner as unknown as MaturityStore, {
        ttlMs: 1_000,
      });
      await store.applyEvaluations([], new Date()); // nothing changed
      expect(inner.bumpWriteGeneration).not.toHaveBeenCalled();
      await store.applyEvaluations([], new Date()); // an entity changed
      expect(inner.bumpWriteGeneration).toHaveBeenCalledTimes(1);
    });
  });
});
