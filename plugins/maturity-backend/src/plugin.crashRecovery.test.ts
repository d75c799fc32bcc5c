import knexFactory, { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProcessBackendOptions } from './__testUtils__/processBackend/processBackendOptions';
import {
  callMaturityApi as call,
  killAllMaturityBackends,
  MaturityBackendProcess,
  spawnMaturityBackend,
} from './__testUtils__/processBackend/spawnMaturityBackend';

// Two backend processes start (about 10 s each) and two full runs go by.
jest.setTimeout(180_000);

/** `maturity.runTakeoverAfter` of both processes. */
const TAKEOVER_AFTER_MS = 3_000;
/** How late after the bound a takeover may come: polling and one beat. */
const SLACK_MS = 1_500;
const COMPONENTS = 120;
/** The components and their team. */
const TOTAL = COMPONENTS + 1;

/** A database both processes are started on, and read by the test. */
interface CrashDatabase {
  config: ProcessBackendOptions['database'];
  /** A connection to the maturity plugin's database, for the checks. */
  connect(): Knex;
  cleanup(): Promise<void>;
}

function fileSqlite(): CrashDatabase {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-crash-'));
  return {
    config: { client: 'better-sqlite3', connection: { directory } },
    connect: () =>
      knexFactory({
        client: 'better-sqlite3',
        connection: { filename: path.join(directory, 'maturity.sqlite') },
        useNullAsDefault: true,
      }),
    cleanup: async () => fs.rmSync(directory, { recursive: true, force: true }),
  };
}

/** A fresh PostgreSQL database (the plugin's, by prefix), dropped afterwards. */
async function freshPostgres(connectionString: string): Promise<CrashDatabase> {
  const prefix = `maturity_crash_${randomBytes(4).toString('hex')}_`;
  const name = `${prefix}maturity`;
  const url = (database: string) => {
    const parsed = new URL(connectionString);
    parsed.pathname = `/${database}`;
    return parsed.toString();
  };
  const admin = knexFactory({ client: 'pg', connection: url('postgres') });
  try {
    await admin.raw('CREATE DATABASE ??', [name]);
  } finally {
    await admin.destroy();
  }
  return {
    config: { client: 'pg', connection: connectionString, prefix },
    connect: () => knexFactory({ client: 'pg', connection: url(name) }),
    cleanup: async () => {
      const dropper = knexFactory({
        client: 'pg',
        connection: url('postgres'),
      });
      try {
        await dropper.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
      } finally {
        await dropper.destroy();
      }
    },
  };
}

const POSTGRES =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const databases: Array<[string, () => Promise<CrashDatabase>]> = [
  ['file SQLite', async () => fileSqlite()],
  ...(POSTGRES
    ? [
        ['POSTGRES_15', () => freshPostgres(POSTGRES)] as [
          string,
          () => Promise<CrashDatabase>,
        ],
      ]
    : []),
];

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** How many entities have stored results. */
const evaluated = async (backend: MaturityBackendProcess) =>
  (await call(backend, 'GET', '/entities?limit=1')).body.totalCount as number;

const runsOf = async (backend: MaturityBackendProcess) =>
  (await call(backend, 'GET', '/runs?limit=100')).body.items as Array<{
    id: string;
    trigger: string;
    status: string;
    startedAt: string;
    finishedAt?: string;
    entities: number;
    errorDetails: Array<{ message: string }>;
  }>;

/** Starts a full run on `backend` (the only instance) and waits until it wrote pages. */
async function runningOn(backend: MaturityBackendProcess) {
  expect((await call(backend, 'POST', '/runs')).status).toBe(202);
  await waitFor('pages written by the first run', async () =>
    (await evaluated(backend)) >= 8 ? true : undefined,
  );
  const [run] = await runsOf(backend);
  return run;
}

/**
 * No duplicate history: the pages the dead run wrote were not written again
 * (same evidence, so exactly one row per entity, model and domain), and
 * every entity is stored.
 */
async function expectNothingLostNorDuplicated(database: CrashDatabase) {
  // No duplicate history: the pages the dead run wrote were not written
  // again (same evidence, so exactly one row per entity, model, domain).
  const knex = database.connect();
  try {
    const rows: Array<{
      entity_ref: string;
      model_id: string;
      domain_id: string | null;
      level: number | null;
      score: number;
    }> = await knex('maturity_level_history')
      .select('entity_ref', 'model_id', 'domain_id', 'level', 'score')
      .orderBy('id');
    const keys = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.entity_ref}|${row.model_id}|${row.domain_id}`;
      keys.set(key, (keys.get(key) ?? 0) + 1);
    }
    const duplicated = [...keys].filter(([, count]) => count > 1);
    expect(duplicated).toEqual([]);
    const overall = new Set(
      rows.filter(r => r.domain_id === null).map(r => r.entity_ref),
    );
    expect(overall.size).toBe(TOTAL);
    const [{ count }] = await knex('maturity_entities').count({
      count: '*',
    });
    expect(Number(count)).toBe(TOTAL);
  } finally {
    await knex.destroy();
  }
}

describe.each(databases)(
  'a full run whose instance is killed (SIGKILL) on %s',
  (_name, openDatabase) => {
    let database: CrashDatabase | undefined;
    afterEach(async () => {
      await killAllMaturityBackends();
      await database?.cleanup();
      database = undefined;
    });

    it('is taken over within the bound: nothing lost, no duplicate history, refresh works meanwhile', async () => {
      database = await openDatabase();
      const options = (pageDelayMs: number): ProcessBackendOptions => ({
        database: database!.config,
        components: COMPONENTS,
        batchSize: 4,
        pageDelayMs,
        runTakeoverAfterMs: TAKEOVER_AFTER_MS,
      });
      // B starts once A's worker runs the task (else B's worker might take
      // it): A's run takes about 45 s (31 pages of 1.5 s); B's evidence is
      // quick.
      const a = await spawnMaturityBackend(options(1_500));
      const deadRun = await runningOn(a);
      expect(deadRun).toMatchObject({ trigger: 'manual', status: 'running' });
      const b = await spawnMaturityBackend(options(20));

      // While A is alive, B refuses another run, naming since when it runs
      // and its last heartbeat.
      const alive = await call(b, 'POST', '/runs');
      expect(alive.status).toBe(409);
      expect(alive.body.error.message).toMatch(
        new RegExp(
          `run ${deadRun.id}, running since \\S+, last heartbeat at \\S+\\); an instance whose run sends no heartbeat for 3 s is taken over`,
        ),
      );

      await a.kill('SIGKILL');
      const killedAt = Date.now();
      // Right after the kill the heartbeat is still fresh: refused.
      expect((await call(b, 'POST', '/runs')).status).toBe(409);
      const writtenByDeadRun = await evaluated(b);
      expect(writtenByDeadRun).toBeGreaterThan(0);
      expect(writtenByDeadRun).toBeLessThan(TOTAL);

      // Blocked: per-entity refresh still works.
      const refreshed = await call(
        b,
        'POST',
        '/entities/component/default/svc-0001/refresh',
      );
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.entityRef).toBe('component:default/svc-0001');

      // Refused while the dead run's heartbeat is fresh, then taken over.
      const answers: number[] = [];
      const takenOver = await waitFor(
        'a takeover',
        async () => {
          const answer = await call(b, 'POST', '/runs');
          answers.push(answer.status);
          return answer.status === 202 ? answer : undefined;
        },
        TAKEOVER_AFTER_MS + 20_000,
      );
      const takeoverMs = Date.now() - killedAt;
      const refusedFor = answers.length - 1;
      // eslint-disable-next-line no-console
      console.info(
        `${_name}: full run taken over ${takeoverMs} ms after SIGKILL (bound ${TAKEOVER_AFTER_MS} ms)`,
      );
      expect(answers.slice(0, refusedFor)).toEqual(
        new Array(refusedFor).fill(409),
      );
      expect(takeoverMs).toBeLessThanOrEqual(TAKEOVER_AFTER_MS + SLACK_MS);
      expect(takenOver.body).toMatchObject({
        status: 'started',
        queued: false,
        takenOver: true,
        message: expect.stringContaining(
          `took over from run ${deadRun.id}, which had no heartbeat since`,
        ),
      });

      // The new run starts at once, on B, and completes.
      const newRun = await waitFor('the new run to finish', async () => {
        const run = (await runsOf(b)).find(
          r => r.id !== deadRun.id && r.trigger === 'manual',
        );
        return run && run.status !== 'running' ? run : undefined;
      });
      expect(Date.parse(newRun.startedAt) - killedAt).toBeLessThanOrEqual(
        TAKEOVER_AFTER_MS + SLACK_MS,
      );
      expect(newRun).toMatchObject({
        status: 'succeeded',
        entities: TOTAL,
        errorDetails: [],
      });
      const dead = (await runsOf(b)).find(r => r.id === deadRun.id);
      expect(dead).toMatchObject({
        status: 'failed',
        errorDetails: [
          {
            message: expect.stringMatching(
              /^abandoned: no heartbeat since \S+; taken over by a new run$/,
            ),
          },
        ],
      });
      // nothing lost: every entity evaluated
      expect(await evaluated(b)).toBe(TOTAL);
      await b.kill('SIGTERM');

      await expectNothingLostNorDuplicated(database);
    });

    it('is resumed by a live instance without being asked, within twice the bound', async () => {
      database = await openDatabase();
      const options = (pageDelayMs: number): ProcessBackendOptions => ({
        database: database!.config,
        components: COMPONENTS,
        batchSize: 4,
        pageDelayMs,
        runTakeoverAfterMs: TAKEOVER_AFTER_MS,
        resumeAbandonedRuns: true,
      });
      const a = await spawnMaturityBackend(options(1_500));
      const deadRun = await runningOn(a);
      const b = await spawnMaturityBackend(options(20));
      await a.kill('SIGKILL');
      const killedAt = Date.now();

      // Nobody asks: B's watchdog finds the stale heartbeat and resumes.
      const resumed = await waitFor(
        'the resumed run to finish',
        async () => {
          const run = (await runsOf(b)).find(
            r => r.id !== deadRun.id && r.trigger !== 'entity',
          );
          return run && run.status !== 'running' ? run : undefined;
        },
        120_000,
      ).catch(error => {
        throw new Error(`${error.message}; instance B's log:\n${b.output()}`);
      });
      // eslint-disable-next-line no-console
      console.info(
        `${_name}: full run resumed ${
          Date.parse(resumed.startedAt) - killedAt
        } ms after SIGKILL (bound ${TAKEOVER_AFTER_MS} ms, checked every ${
          TAKEOVER_AFTER_MS / 2
        } ms)`,
      );
      expect(Date.parse(resumed.startedAt) - killedAt).toBeLessThanOrEqual(
        2 * TAKEOVER_AFTER_MS + SLACK_MS,
      );
      expect(resumed).toMatchObject({
        trigger: 'scheduled',
        status: 'succeeded',
        entities: TOTAL,
      });
      const dead = (await runsOf(b)).find(r => r.id === deadRun.id);
      expect(dead).toMatchObject({ status: 'failed' });
      expect(await evaluated(b)).toBe(TOTAL);
      await b.kill('SIGTERM');
      await expectNothingLostNorDuplicated(database);
    });
  },
);
