import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { MaturityFactProvider } from '@devops-maturity/plugin-maturity-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { ModelRegistry } from '../../model/ModelRegistry';
import { DatabaseMaturityStore } from '../../store/DatabaseMaturityStore';
import { EvaluationRunner } from '../EvaluationRunner';
import { FullRunLeases } from './FullRunLeases';
import { FullRuns } from './FullRuns';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const service = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', description: name },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
});

const model = {
  id: 'test-model',
  title: 'Test',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'quality',
      title: 'Quality',
      capabilities: [
        {
          id: 'basics',
          title: 'Basics',
          checks: [
            {
              id: 'has-description',
              title: 'Has a description',
              level: 1,
              rule: { fact: 'entity.metadata.description', operator: 'exists' },
              remediation: { markdown: 'Add one.' },
            },
          ],
        },
      ],
    },
  ],
} as MaturityModel;

const MINUTE = 60_000;

async function setUp(
  databaseId: TestDatabaseId,
  provider: MaturityFactProvider,
  takeoverAfterMs = 2 * MINUTE,
) {
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex: await databases.init(databaseId) }),
  });
  const logger = mockServices.logger.mock();
  const runner = new EvaluationRunner({
    catalog: catalogServiceMock({
      entities: ['a', 'b', 'c', 'd'].map(service),
    }),
    auth: mockServices.auth(),
    logger,
    store,
    models: new ModelRegistry([model]),
    providers: [provider],
    kinds: ['component'],
    batchSize: 1,
  });
  const leases = new FullRunLeases({ store, logger, takeoverAfterMs });
  let pruned = 0;
  const fullRuns = new FullRuns({
    runner,
    store,
    leases,
    logger,
    timeoutMs: 10 * MINUTE,
    afterRun: async () => {
      pruned += 1;
    },
  });
  return { store, leases, fullRuns, logger, pruned: () => pruned };
}

const quiet: MaturityFactProvider = {
  id: 'quiet',
  getEvidence: async () => new Map(),
};

describe('FullRuns under the run lease', () => {
  it.each(databases.eachSupportedId())(
    'runs a scheduled run holding the lease and frees it at the end, %p',
    async databaseId => {
      let beats: string[] = [];
      const ref: { store?: DatabaseMaturityStore } = {};
      const watching: MaturityFactProvider = {
        id: 'watching',
        getEvidence: async () => {
          beats.push((await ref.store!.readRunLease()).heartbeatAt!);
          await sleep(5);
          return new Map();
        },
      };
      const setup = await setUp(databaseId, watching);
      ref.store = setup.store;
      beats = [];
      await setup.fullRuns.runScheduled(new AbortController().signal);

      const [run] = await setup.store.listRuns(1);
      expect(run).toMatchObject({ status: 'succeeded', entities: 4 });
      // beaten before every page
      expect(beats).toHaveLength(4);
      expect(new Set(beats).size).toBe(4);
      const lease = await setup.store.readRunLease();
      expect(lease.holder).toBeUndefined();
      expect(lease.runId).toBe(run.id);
      expect(setup.pruned()).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'skips a scheduled run while another instance holds a fresh lease, %p',
    async databaseId => {
      const setup = await setUp(databaseId, quiet);
      const now = new Date();
      await setup.store.acquireRunLease('other', now, now);
      await setup.store.attachRunToLease('other', 'run-elsewhere');

      await setup.fullRuns.runScheduled(new AbortController().signal);

      expect(await setup.store.listRuns(10)).toEqual([]);
      expect(setup.pruned()).toBe(0);
      expect(setup.logger.info).toHaveBeenCalledWith(
        expect.stringContaining(
          'Maturity scheduled run skipped: A full evaluation run is already running (run run-elsewhere',
        ),
      );
      expect(await setup.fullRuns.inProgress()).toMatchObject({
        holder: 'other',
      });
      expect(await setup.fullRuns.takeOver()).toMatchObject({
        started: false,
        current: { holder: 'other' },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'aborts the runs it started itself when stopped (shutdown), %p',
    async databaseId => {
      const setup = await setUp(databaseId, {
        id: 'slow',
        getEvidence: async () => {
          await sleep(50);
          return new Map();
        },
      });
      expect((await setup.fullRuns.takeOver()).started).toBe(true);
      await sleep(60);
      await setup.fullRuns.stop();
      const [run] = await setup.store.listRuns(1);
      expect(run).toMatchObject({
        status: 'failed',
        errorDetails: [{ message: expect.stringContaining('shutting down') }],
      });
      expect((await setup.store.readRunLease()).holder).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'takes over a run without heartbeat: the dead run fails, a new one runs in-process, %p',
    async databaseId => {
      const setup = await setUp(databaseId, quiet);
      const longAgo = new Date(Date.now() - 5 * MINUTE);
      const dead = await setup.store.startRun('scheduled', longAgo);
      await setup.store.acquireRunLease('dead', longAgo, longAgo);
      await setup.store.attachRunToLease('dead', dead);
      await setup.store.requestRun('user:default/alice', new Date());

      expect(await setup.fullRuns.inProgress()).toBeUndefined();
      const outcome = await setup.fullRuns.takeOver();
      expect(outcome).toEqual({
        started: true,
        tookOver: { runId: dead, heartbeatAt: longAgo.toISOString() },
      });
      await setup.fullRuns.settled();

      const runs = await setup.store.listRuns(10);
      expect(runs).toHaveLength(2);
      expect(runs.find(r => r.id === dead)).toMatchObject({
        status: 'failed',
        errorDetails: [
          {
            message: `abandoned: no heartbeat since ${longAgo.toISOString()}; taken over by a new run`,
          },
        ],
      });
      // it served the pending request
      expect(runs.find(r => r.id !== dead)).toMatchObject({
        trigger: 'manual',
        actor: 'user:default/alice',
        status: 'succeeded',
        entities: 4,
      });
      expect(await setup.store.takeRunRequest()).toBeUndefined();
      expect((await setup.store.readRunLease()).holder).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'a run that lost its lease stops before its next page, %p',
    async databaseId => {
      let pages = 0;
      let tookOver: boolean | undefined;
      const ref: { store?: DatabaseMaturityStore } = {};
      const takenOverAtPage2: MaturityFactProvider = {
        id: 'taken-over',
        getEvidence: async () => {
          pages += 1;
          if (pages === 2) {
            // another instance, whose clock says the holder is long silent
            const later = new Date(Date.now() + 10 * MINUTE);
            const taken = await ref.store!.acquireRunLease(
              'other',
              later,
              new Date(later.getTime() - 2 * MINUTE),
            );
            tookOver = taken.acquired;
          }
          return new Map();
        },
      };
      const setup = await setUp(databaseId, takenOverAtPage2);
      ref.store = setup.store;
      await setup.fullRuns.runScheduled(new AbortController().signal);

      expect(tookOver).toBe(true);
      expect(pages).toBe(2);
      const [run] = await setup.store.listRuns(1);
      expect(run).toMatchObject({
        status: 'failed',
        entities: 2,
        errorDetails: [
          {
            message: expect.stringContaining(
              'the run lost its lease: another instance took it over',
            ),
          },
        ],
      });
      // the new holder keeps it
      expect((await setup.store.readRunLease()).holder).toBe('other');
    },
  );

  it.each(databases.eachSupportedId())(
    'beats on a timer while a page is slow, so it is not taken over, %p',
    async databaseId => {
      let release = () => {};
      const slowPage: MaturityFactProvider = {
        id: 'slow',
        getEvidence: () =>
          new Promise(resolve => {
            release = () => resolve(new Map());
          }),
      };
      const setup = await setUp(databaseId, slowPage, 400);
      expect(setup.leases.heartbeatMs).toBe(250);
      await setup.fullRuns.takeOver();
      await sleep(1_200);
      // three times the bound into one page: still alive
      expect(await setup.fullRuns.inProgress()).toBeDefined();
      const attempt = await setup.leases.acquire();
      expect(attempt.lease).toBeUndefined();
      const run = (async () => {
        for (;;) {
          release();
          await sleep(20);
          const [latest] = await setup.store.listRuns(1);
          if (latest?.status !== 'running') return latest;
        }
      })();
      expect(await run).toMatchObject({ status: 'succeeded', entities: 4 });
      await setup.fullRuns.settled();
    },
  );
});
