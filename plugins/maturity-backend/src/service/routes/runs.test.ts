import { mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { spec } from '../../schema/openapi.generated';
import type { MaturityStore } from '../../store/MaturityStore';
import type { RunLeaseState } from '../../store/runLease';
import { registerRunRoutes, RunRoutesOptions } from './runs';

const FIRST_RUN_AT = new Date('2026-12-07T10:42:20.000Z');

describe('POST /runs (route)', () => {
  let now: Date;
  let denied: boolean;
  let triggerError: Error | undefined;
  let requests: Array<{ actor: string; at: Date }>;
  let withdrawn: string[];
  let triggers: number;

  const store = {
    async requestRun(actor: string, at: Date) {
      requests.push({ actor, at });
      return `request-${requests.length}`;
    },
    async withdrawRunRequest(id: string) {
      withdrawn.push(id);
    },
    async listRuns() {
      return [];
    },
  } as unknown as MaturityStore;

  function app(
    firstRunAt: Date | undefined,
    fullRuns?: RunRoutesOptions['fullRuns'],
  ) {
    const router = createValidatedOpenApiRouter(
      spec as any,
    ) as unknown as express.Router;
    registerRunRoutes(router, {
      store,
      readAccess: async () => undefined,
      adminActor: async () => {
        if (denied) throw new NotAllowedError('Not allowed: maturity.admin');
        return 'user:default/alice';
      },
      triggerFullRun: async () => {
        triggers += 1;
        if (triggerError) throw triggerError;
      },
      fullRuns,
      firstRunAt,
      now: () => now,
    });
    const middleware = MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    });
    return express().use(router).use(middleware.error());
  }

  beforeEach(() => {
    now = new Date('2026-12-07T10:42:02.500Z');
    denied = false;
    triggerError = undefined;
    requests = [];
    withdrawn = [];
    triggers = 0;
  });

  it('queues a run asked for during the start-up delay and says when it starts', async () => {
    const res = await request(app(FIRST_RUN_AT)).post('/runs').send({});
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      status: 'queued',
      queued: true,
      startsAt: '2026-12-07T10:42:20.000Z',
      startsInSeconds: 18,
      message: expect.stringContaining(
        'starts by 2026-12-07T10:42:20.000Z (in 18 s), once the catalog has had time to ingest',
      ),
    });
    // queued for real: the request is kept and the task is due now
    expect(requests).toEqual([{ actor: 'user:default/alice', at: now }]);
    expect(triggers).toBe(1);
    expect(withdrawn).toEqual([]);
  });

  it('answers started once the delay is over', async () => {
    now = FIRST_RUN_AT;
    const atTheEnd = await request(app(FIRST_RUN_AT)).post('/runs').send({});
    expect(atTheEnd.status).toBe(202);
    expect(atTheEnd.body).toEqual({ status: 'started', queued: false });

    now = new Date('2026-12-07T11:00:00.000Z');
    const later = await request(app(FIRST_RUN_AT)).post('/runs').send({});
    expect(later.body).toEqual({ status: 'started', queued: false });
    expect(triggers).toBe(2);
  });

  it('answers started without a start-up delay', async () => {
    const res = await request(app(undefined)).post('/runs').send({});
    expect(res.body).toEqual({ status: 'started', queued: false });
  });

  it('withdraws the request when the task cannot be triggered', async () => {
    triggerError = new ConflictError('Task is currently running');
    const res = await request(app(FIRST_RUN_AT)).post('/runs').send({});
    expect(res.status).toBe(409);
    expect(withdrawn).toEqual(['request-1']);
  });

  it('refuses a caller without maturity.admin before storing anything', async () => {
    denied = true;
    const res = await request(app(FIRST_RUN_AT)).post('/runs').send({});
    expect(res.status).toBe(403);
    expect(requests).toEqual([]);
    expect(triggers).toBe(0);
  });

  describe('with the run lease', () => {
    const live: RunLeaseState = {
      holder: 'token',
      runId: 'run-1',
      acquiredAt: '2026-12-07T10:40:00.000Z',
      heartbeatAt: '2026-12-07T10:42:01.000Z',
    };
    let inProgress: RunLeaseState | undefined;
    let abandoned: RunLeaseState | undefined;
    let takeOver: Awaited<
      ReturnType<NonNullable<RunRoutesOptions['fullRuns']>['takeOver']>
    >;
    let takeOvers: number;
    const fullRuns: RunRoutesOptions['fullRuns'] = {
      takeoverAfterMs: 120_000,
      inProgress: async () => inProgress,
      abandoned: async () => abandoned,
      describe: state =>
        `A full evaluation run is already running (run ${state.runId}, running since ${state.acquiredAt}, last heartbeat at ${state.heartbeatAt})`,
      takeOver: async () => {
        takeOvers += 1;
        return takeOver;
      },
    };

    beforeEach(() => {
      now = FIRST_RUN_AT;
      inProgress = undefined;
      abandoned = undefined;
      takeOvers = 0;
      takeOver = { started: false, current: live };
    });

    it('refuses while a run is alive, naming since when and its last heartbeat, before storing anything', async () => {
      inProgress = live;
      const res = await request(app(undefined, fullRuns))
        .post('/runs')
        .send({});
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        name: 'ConflictError',
        message:
          'A full evaluation run is already running (run run-1, running since 2026-12-07T10:40:00.000Z, last heartbeat at 2026-12-07T10:42:01.000Z)',
      });
      expect(requests).toEqual([]);
      expect(triggers).toBe(0);
      expect(takeOvers).toBe(0);
    });

    it('triggers the scheduled task when no run is alive', async () => {
      const res = await request(app(undefined, fullRuns))
        .post('/runs')
        .send({});
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'started', queued: false });
      expect(triggers).toBe(1);
      expect(takeOvers).toBe(0);
    });

    it('takes over when the scheduler still holds its task for a run without heartbeat', async () => {
      triggerError = new ConflictError('Task is currently running');
      takeOver = {
        started: true,
        tookOver: { runId: 'run-1', heartbeatAt: '2026-12-07T10:30:00.000Z' },
      };
      const res = await request(app(undefined, fullRuns))
        .post('/runs')
        .send({});
      expect(res.status).toBe(202);
      expect(res.body).toEqual({
        status: 'started',
        queued: false,
        takenOver: true,
        message:
          'Started: it took over from run run-1, which had no heartbeat since 2026-12-07T10:30:00.000Z (its instance stopped); that run is recorded as failed',
      });
      // the new run serves the request
      expect(requests).toHaveLength(1);
      expect(withdrawn).toEqual([]);
      expect(takeOvers).toBe(1);
    });

    it('says a dead run is taken over when the scheduler accepts the trigger (its worker takes the stale lease)', async () => {
      abandoned = {
        holder: 'dead-token',
        runId: 'run-0',
        acquiredAt: '2026-12-07T10:20:00.000Z',
        heartbeatAt: '2026-12-07T10:25:00.000Z',
      };
      const res = await request(app(undefined, fullRuns))
        .post('/runs')
        .send({});
      expect(res.status).toBe(202);
      expect(res.body).toEqual({
        status: 'started',
        queued: false,
        takenOver: true,
        message:
          'Started: it took over from run run-0, which had no heartbeat since 2026-12-07T10:25:00.000Z (its instance stopped); that run is recorded as failed',
      });
      expect(triggers).toBe(1);
      expect(takeOvers).toBe(0);
      expect(requests).toHaveLength(1);
    });

    it('refuses and withdraws the request when another instance took over first', async () => {
      triggerError = new ConflictError('Task is currently running');
      const res = await request(app(undefined, fullRuns))
        .post('/runs')
        .send({});
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('(run run-1, running since');
      expect(withdrawn).toEqual(['request-1']);
    });

    it('does not take over when triggering failed otherwise', async () => {
      triggerError = new NotFoundError('Task does not exist');
      const res = await request(app(undefined, fullRuns))
        .post('/runs')
        .send({});
      expect(res.status).toBe(404);
      expect(takeOvers).toBe(0);
      expect(withdrawn).toEqual(['request-1']);
    });
  });
});
