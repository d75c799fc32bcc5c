import { createBackendModule } from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import knexFactory, { Knex } from 'knex';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
const describeOnPostgres = databases.supports('POSTGRES_15')
  ? describe
  : describe.skip;

/** Holds evidence batches while closed, so a run stays in progress. */
class Gate {
  private opened: Promise<void> = Promise.resolve();
  private release = () => {};
  close() {
    this.opened = new Promise(resolve => {
      this.release = resolve;
    });
  }
  open() {
    this.release();
  }
  wait() {
    return this.opened;
  }
}
const gate = new Gate();

/**
 * Makes every run last a few seconds (one slow evidence batch per entity),
 * and as long as the test wants (the gate).
 */
const slowEvidence = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'slow-evidence',
  register(env) {
    env.registerInit({
      deps: { providers: maturityFactProvidersExtensionPoint },
      async init({ providers }) {
        providers.addFactProvider({
          id: 'slow',
          async getEvidence() {
            await gate.wait();
            await sleep(600);
            return new Map();
          },
        });
      },
    });
  },
});

const config = {
  maturity: {
    batchSize: 1,
    readCacheSeconds: 0,
    schedule: {
      frequency: { hours: 24 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 1 },
    },
  },
};

type Api = ReturnType<typeof maturityApi>;
type Run = {
  id: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt?: string;
  actor?: string;
};

/** Full runs: scheduled ones and those asked for with `POST /runs`. */
const isFullRun = (run: Run) => run.trigger !== 'entity';

const runsOf = async (api: Api): Promise<Run[]> =>
  (await api.get('/runs?limit=100')).body.items;

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(200);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Waits until `count` full runs have finished and none is running. */
const waitForFinishedRuns = (api: Api, count: number) =>
  waitFor(`${count} finished runs`, async () => {
    const runs = (await runsOf(api)).filter(isFullRun);
    const finished = runs.filter(r => r.status !== 'running');
    return finished.length >= count && finished.length === runs.length
      ? runs
      : undefined;
  });

/** What a consistent result is: each entity's overall and domain levels. */
async function levelsOf(api: Api) {
  const res = await api.get('/entities?limit=1000');
  expect(res.status).toBe(200);
  return Object.fromEntries(
    res.body.items.map((item: any) => [
      item.entityRef,
      { level: item.level, domains: item.domains },
    ]),
  );
}

async function historySizes(api: Api, refs: string[]) {
  const sizes: Record<string, number> = {};
  for (const ref of refs) {
    const [kind, rest] = ref.split(':');
    const res = await api.get(`/entities/${kind}/${rest}/history`);
    sizes[ref] = res.body.items.length;
  }
  return sizes;
}

describeOnPostgres('two maturity backends on one POSTGRES_15 database', () => {
  let secondPool: Knex | undefined;
  afterAll(async () => {
    await secondPool?.destroy();
  });

  it('run one evaluation at a time and agree with a single instance', async () => {
    const knex = await databases.init('POSTGRES_15');
    // The second instance gets its own connection pool, as another process
    // would.
    secondPool = knexFactory(knex.client.config);
    const onDatabase = (client: Knex) => ({
      config: {},
      features: [mockServices.database.factory({ knex: client })],
      cleanup: async () => {},
    });
    const start = (client: Knex) =>
      startMaturityBackend({
        database: onDatabase(client),
        config,
        scheduler: schedulerServiceFactory,
        features: [slowEvidence],
      });
    // One after the other: on a fresh database the Backstage scheduler's own
    // migrations fail when two instances run them at once (ours take turns,
    // see migrateToLatest.test.ts).
    const first = await start(knex);
    const second = await start(secondPool);
    const a = maturityApi(first.server);
    const b = maturityApi(second.server);
    try {
      // The scheduled first run, claimed by one of the two.
      await waitForFinishedRuns(a, 1);

      let finished = 1;
      const answers: Array<{ status: number; body: any }> = [];
      for (let round = 0; round < 3; round++) {
        gate.close();
        // Both at once. Right after a run has recorded its end the scheduler
        // may still hold the task for a moment (409); then ask again.
        await waitFor('an accepted trigger', async () => {
          const both = await Promise.all([a.post('/runs'), b.post('/runs')]);
          answers.push(...both);
          return both.some(r => r.status === 202) ? true : undefined;
        });
        // While a run is in progress, both instances refuse another one.
        await waitFor('a running run', async () =>
          (await runsOf(b)).some(r => r.status === 'running')
            ? true
            : undefined,
        );
        const refused = await Promise.all([a.post('/runs'), b.post('/runs')]);
        expect(refused.map(r => r.status)).toEqual([409, 409]);
        gate.open();
        finished += 1;
        await waitForFinishedRuns(b, finished);
      }
      // Every trigger was accepted or refused because a run was in progress.
      const refusedOtherwise = answers.filter(
        r =>
          r.status !== 202 &&
          !(r.status === 409 && /running/.test(r.body.error?.message)),
      );
      expect(refusedOtherwise).toEqual([]);

      const runs = (await runsOf(a)).filter(isFullRun);
      expect(runs).toHaveLength(finished);
      // The triggered runs know they were asked for, and by whom, whichever
      // instance ran them.
      expect(
        runs
          .map(r => [r.trigger, r.actor])
          .sort(([x], [y]) => x!.localeCompare(y!)),
      ).toEqual([
        ['manual', 'user:default/alice'],
        ['manual', 'user:default/alice'],
        ['manual', 'user:default/alice'],
        ['scheduled', undefined],
      ]);
      expect(runs.every(r => r.status === 'succeeded')).toBe(true);
      const intervals = runs
        .map(r => [r.startedAt, r.finishedAt!] as const)
        .sort(([x], [y]) => x.localeCompare(y));
      for (let i = 1; i < intervals.length; i++) {
        expect({
          run: i,
          overlaps: intervals[i][0] < intervals[i - 1][1],
        }).toEqual({ run: i, overlaps: false });
      }

      // Same levels on both instances as on a lone instance of its own.
      const alone = await startMaturityBackend({
        config,
        runOnStartup: true,
        features: [slowEvidence],
      });
      try {
        const single = maturityApi(alone.server);
        const expected = await levelsOf(single);
        // three components, one system and the four groups
        expect(Object.keys(expected)).toHaveLength(8);
        expect(await levelsOf(a)).toEqual(expected);
        expect(await levelsOf(b)).toEqual(expected);
        // Repeated identical runs add no history rows.
        const refs = Object.keys(expected);
        expect(await historySizes(a, refs)).toEqual(
          await historySizes(single, refs),
        );
      } finally {
        await alone.stop();
      }
    } finally {
      gate.open();
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
