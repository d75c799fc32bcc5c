import { mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { spec } from '../../schema/openapi.generated';
import type { MaturityStore } from '../../store/MaturityStore';
import { registerRunRoutes } from './runs';

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

  function app(firstRunAt: Date | undefined) {
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
});
