import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import type {
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  ServiceMock,
} from '@backstage/backend-test-utils';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import { KnexTimeoutError } from 'knex';
import request from 'supertest';
import { demoEntities } from '../__testUtils__/demoEntities';
import type { EvaluationRunner } from '../evaluation/EvaluationRunner';
import { loadModels } from '../model/loadModels';
import { ModelRegistry } from '../model/ModelRegistry';
import type { MaturityStore } from '../store/MaturityStore';
import { ConfigReader } from '@backstage/config';
import { createRouter } from './router';
import { SqliteError } from './__testUtils__/SqliteError';

const INSERT_FAILURE = () =>
  new SqliteError(
    'insert into "maturity_results" ("entity_ref", "model_id") values (\'component:default/quickpay-gateway\', \'caict-devops\') - attempt to write a readonly database',
    'SQLITE_READONLY',
  );
const PG_REFUSED = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
    errno: -111,
    syscall: 'connect',
    address: '127.0.0.1',
    port: 5432,
  });

const models = new ModelRegistry(loadModels(new ConfigReader({})));

/**
 * The router over a store and runner whose every call throws `failure()`,
 * behind Backstage's own error handler in development mode (stack traces on).
 */
async function startRouter(options: {
  failure: () => unknown;
  credentials?: HttpAuthService['credentials'];
  isDatabaseReachable?: () => Promise<boolean>;
}) {
  const fail = async () => {
    throw options.failure();
  };
  const store = new Proxy({}, { get: () => fail }) as MaturityStore;
  const runner = {
    refreshEntity: fail,
    refreshEntities: fail,
  } as unknown as EvaluationRunner;
  const logger = mockServices.logger.mock();
  const httpAuth: HttpAuthService = {
    credentials:
      options.credentials ?? ((async () => mockCredentials.user()) as any),
    issueUserCookie: async () => ({ expiresAt: new Date() }),
  };
  const router = await createRouter({
    logger,
    httpAuth,
    auth: mockServices.auth(),
    permissions: mockServices.permissions({ result: AuthorizeResult.ALLOW }),
    catalog: catalogServiceMock({ entities: demoEntities }),
    store,
    models,
    runner,
    kinds: ['component'],
    triggerFullRun: async () => {},
    isDatabaseReachable: options.isDatabaseReachable,
  });
  const app = express();
  app.use('/api/maturity', router);
  app.use(
    MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock() as LoggerService,
    }).error({ showStackTraces: true }),
  );
  return { app, logger };
}

const REFRESH =
  '/api/maturity/entities/component/default/quickpay-gateway/refresh';

/** The log id of a response message, which must appear in a logged error. */
function expectLoggedId(message: string, logger: ServiceMock<LoggerService>) {
  const logId = /\(log id ([0-9a-f]{16})\)$/.exec(message)?.[1];
  expect(logId).toBeDefined();
  expect(logger.error).toHaveBeenCalledWith(
    expect.stringContaining(`log id ${logId}`),
    expect.any(Error),
  );
}

/** The error object of the first logged error. */
const loggedError = (logger: ServiceMock<LoggerService>) =>
  logger.error.mock.calls[0]?.[1] as Error;

function expectNoInternals(text: string) {
  expect(text).not.toMatch(/insert|select|maturity_results/i);
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|\/work\/|node_modules/);
  expect(text).not.toMatch(/127\.0\.0\.1|5432|ECONNREFUSED|SQLITE_/);
}

describe('router failures', () => {
  it('answers 503 without SQL, stack or paths when the SQLite file is read-only', async () => {
    const { app, logger } = await startRouter({ failure: INSERT_FAILURE });
    const res = await request(app).post(REFRESH).send({});
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      error: {
        name: 'ServiceUnavailableError',
        message: expect.stringMatching(
          /^The maturity database is unavailable; try again later \(log id [0-9a-f]{16}\)$/,
        ),
      },
      request: { method: 'POST', url: expect.stringContaining('/refresh') },
      response: { statusCode: 503 },
    });
    expectNoInternals(res.text);
    expectLoggedId(res.body.error.message, logger);
    // the log keeps the original error, statement included
    expect(loggedError(logger).message).toContain('insert into');
  });

  it('answers 503 on reads when PostgreSQL refuses connections', async () => {
    const { app, logger } = await startRouter({ failure: PG_REFUSED });
    const res = await request(app).get('/api/maturity/entities');
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('ServiceUnavailableError');
    expectNoInternals(res.text);
    expectLoggedId(res.body.error.message, logger);
  });

  it('answers 503 when the connection pool times out', async () => {
    const { app } = await startRouter({
      failure: () =>
        new KnexTimeoutError(
          'Knex: Timeout acquiring a connection. The pool is probably full.',
        ),
    });
    const res = await request(app).get('/api/maturity/rollups');
    expect(res.status).toBe(503);
    expect(res.text).not.toMatch(/Knex|pool/);
  });

  it('answers 500 without SQL for other database errors', async () => {
    const { app, logger } = await startRouter({
      failure: () =>
        new SqliteError(
          'select * from "maturity_runs" - no such table: maturity_runs',
          'SQLITE_ERROR',
        ),
    });
    const res = await request(app).get('/api/maturity/entities');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toMatch(
      /^The maturity database could not complete the request \(log id/,
    );
    expectNoInternals(res.text);
    expectLoggedId(res.body.error.message, logger);
  });

  it('answers 503 when the catalog cannot be reached', async () => {
    const { app } = await startRouter({
      failure: () =>
        new TypeError('fetch failed', { cause: PG_REFUSED() } as any),
    });
    const res = await request(app).post(REFRESH).send({});
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(
      /^A service the maturity backend depends on is unavailable/,
    );
    expectNoInternals(res.text);
  });

  it('answers 503 when the signing keys cannot be read, 401 for a bad token', async () => {
    const failedVerification = async () => {
      throw new AuthenticationError('Failed user token verification');
    };
    const down = await startRouter({
      failure: PG_REFUSED,
      credentials: failedVerification,
      isDatabaseReachable: async () => false,
    });
    const unavailable = await request(down.app).post(REFRESH).send({});
    expect(unavailable.status).toBe(503);
    expect(unavailable.body.error.message).toMatch(
      /^The credentials could not be checked because the signing keys are unavailable; try again later \(log id/,
    );
    expectLoggedId(unavailable.body.error.message, down.logger);
    expect(loggedError(down.logger).name).toBe('AuthenticationError');

    const up = await startRouter({
      failure: PG_REFUSED,
      credentials: failedVerification,
      isDatabaseReachable: async () => true,
    });
    const badToken = await request(up.app).post(REFRESH).send({});
    expect(badToken.status).toBe(401);
    expect(badToken.body.error.name).toBe('AuthenticationError');
    expect(up.logger.error).not.toHaveBeenCalled();

    // a malformed token is never about storage, whatever the database says
    const illegal = await startRouter({
      failure: PG_REFUSED,
      credentials: async () => {
        throw new AuthenticationError('Illegal token');
      },
      isDatabaseReachable: async () => false,
    });
    expect(
      (await request(illegal.app).get('/api/maturity/models')).status,
    ).toBe(401);
  });

  it('answers 503 when issuing a token fails on the key store', async () => {
    const { app } = await startRouter({
      failure: INSERT_FAILURE,
      credentials: async () => {
        throw new AuthenticationError(
          'Could not check the token',
          PG_REFUSED(),
        );
      },
    });
    const res = await request(app).get('/api/maturity/models');
    expect(res.status).toBe(503);
    expectNoInternals(res.text);
    const raw = await startRouter({
      failure: INSERT_FAILURE,
      credentials: async () => {
        throw new SqliteError(
          'insert into "backstage_backend_public_keys__keys" ("id") values (\'k\') - attempt to write a readonly database',
          'SQLITE_READONLY',
        );
      },
    });
    const rawRes = await request(raw.app).get('/api/maturity/models');
    expect(rawRes.status).toBe(503);
    expectNoInternals(rawRes.text);
    expect(rawRes.text).not.toContain('backstage_backend_public_keys');
  });

  it('serves health without credentials', async () => {
    const credentials = jest.fn(async () => {
      throw new AuthenticationError('Missing credentials');
    });
    const { app } = await startRouter({ failure: PG_REFUSED, credentials });
    expect((await request(app).get('/api/maturity/health')).status).toBe(200);
    expect(credentials).not.toHaveBeenCalled();
    expect((await request(app).get('/api/maturity/models')).status).toBe(401);
  });

  it.each([
    ['InputError', new InputError('minLevel 9 is above 5'), 400],
    [
      'NotAllowedError',
      new NotAllowedError('Not allowed: maturity.admin'),
      403,
    ],
    ['NotFoundError', new NotFoundError('No entity component:default/x'), 404],
    ['ConflictError', new ConflictError('Campaign q4 already exists'), 409],
  ])('keeps the status and message of %s', async (_name, error, status) => {
    const { app, logger } = await startRouter({ failure: () => error });
    const res = await request(app).get('/api/maturity/entities');
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({
      name: error.name,
      message: error.message,
    });
    expect(res.body.error.stack).toBeUndefined();
    expect(res.text).not.toMatch(/\/work\/|\.ts:\d+/);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('answers 500 with a log id and no stack for an unexpected error', async () => {
    const { app, logger } = await startRouter({
      failure: () =>
        new TypeError("Cannot read properties of undefined (reading 'level')"),
    });
    const res = await request(app).get('/api/maturity/entities');
    expect(res.status).toBe(500);
    expect(res.body.error).toEqual({
      name: 'Error',
      message: expect.stringMatching(
        /^The maturity backend could not handle the request \(log id [0-9a-f]{16}\)$/,
      ),
    });
    expectNoInternals(res.text);
    expectLoggedId(res.body.error.message, logger);
    expect(loggedError(logger).stack).toContain('TypeError');
  });
});
