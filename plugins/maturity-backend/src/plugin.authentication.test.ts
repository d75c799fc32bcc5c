import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthenticationError } from '@backstage/errors';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startMaturityBackend } from './__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

/** An httpAuth whose token checks fail as when the signing keys' database refuses connections. */
const keysUnreachable = createServiceFactory({
  service: coreServices.httpAuth,
  deps: {},
  factory: () => ({
    credentials: async () => {
      const refused = Object.assign(
        new Error('connect ECONNREFUSED 127.0.0.1:5432'),
        { code: 'ECONNREFUSED' },
      );
      throw new AuthenticationError('Failed user token verification', refused);
    },
    issueUserCookie: async () => ({ expiresAt: new Date() }),
  }),
});

describe('authentication of the maturity routes', () => {
  it('answers 401 to requests without credentials, on its own routes and on what the framework mounts', async () => {
    const backend = await startMaturityBackend({
      // without this, the test double takes a request without a token for a user's
      features: [
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    const { server } = backend;
    try {
      const own = await request(server).get('/api/maturity/entities');
      expect(own.status).toBe(401);
      expect(own.body.error.name).toBe('AuthenticationError');
      const write = await request(server).post('/api/maturity/runs').send({});
      expect(write.status).toBe(401);
      const actions = await request(server).get(
        '/api/maturity/.backstage/actions/v1/actions',
      );
      expect(actions.status).toBe(401);
      const health = await request(server).get('/api/maturity/health');
      expect(health.status).toBe(200);
    } finally {
      await backend.stop();
    }
  });

  it('answers 503 without internals when tokens cannot be verified because the key storage is down', async () => {
    const backend = await startMaturityBackend({
      features: [keysUnreachable],
    });
    const { server } = backend;
    try {
      for (const path of ['/entities', '/runs']) {
        const response = await request(server)
          .get(`/api/maturity${path}`)
          .set('Authorization', 'Bearer some-user-token');
        expect(response.status).toBe(503);
        expect(response.body.error.name).toBe('ServiceUnavailableError');
        const body = JSON.stringify(response.body);
        expect(body).not.toMatch(/ECONNREFUSED|5432|\.ts:|at /);
        expect(response.body.error.message).toMatch(/log id/i);
      }
    } finally {
      await backend.stop();
    }
  });
});
