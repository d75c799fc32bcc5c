import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  BackendDatabase,
  persistentDatabases,
} from './__testUtils__/maturityTestBackend';
import { maturityPlugin } from './plugin';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

const SERVICE = 'component:default/ci-service';
const DAY_MS = 24 * 3600 * 1000;
const ISSUER = 'https://ci.example.test';
const AUDIENCE = 'maturity-ci';
const PUSH_TOKEN = 'static-ci-push-token';
const READ_TOKEN = 'static-read-only-token';
const CREATE_TOKEN = 'static-create-action-token';

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'ci-service', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/ci-team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/ci-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ci-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

/** A model whose checks read the CI's pushed coverage, now and over time. */
const model = {
  id: 'ci-quality',
  title: 'CI quality',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'testing',
      title: 'Testing',
      capabilities: [
        {
          id: 'coverage',
          title: 'Coverage',
          checks: [
            {
              id: 'coverage-80',
              title: 'Line coverage of at least 80 %',
              level: 1,
              rule: { fact: 'pushed.ci.coverage', operator: 'gte', value: 80 },
              remediation: { markdown: 'Add tests.' },
            },
            {
              id: 'coverage-rising',
              title: 'Coverage rose by 10 % in 30 days',
              level: 2,
              rule: {
                fact: 'pushed.ci.coverage',
                operator: 'trend',
                value: {
                  days: 30,
                  direction: 'increase',
                  minChangePercent: 10,
                },
              },
              remediation: { markdown: 'Keep adding tests.' },
            },
          ],
        },
      ],
    },
  ],
};

/** Serves a JWKS like a CI's OIDC issuer (GitHub Actions, GitLab). */
async function startJwksServer() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'ci-key', alg: 'ES256' };
  const server = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sign = (claims: { sub: string; aud?: string }, key = privateKey) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'ci-key', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(claims.aud ?? AUDIENCE)
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks`,
    sign,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

function externalAccess(jwksUrl: string) {
  return [
    {
      type: 'static',
      options: { token: PUSH_TOKEN, subject: 'ci-pipeline' },
      accessRestrictions: [
        { plugin: 'maturity', permission: 'maturity.facts.push' },
      ],
    },
    {
      type: 'static',
      options: { token: READ_TOKEN, subject: 'dashboard' },
      accessRestrictions: [
        { plugin: 'maturity', permission: 'maturity.scorecard.read' },
      ],
    },
    {
      type: 'static',
      options: { token: CREATE_TOKEN, subject: 'creator' },
      accessRestrictions: [
        { plugin: 'maturity', permissionAttribute: { action: 'create' } },
      ],
    },
    {
      type: 'jwks',
      options: {
        url: jwksUrl,
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithm: 'ES256',
        subjectPrefix: 'ci-oidc',
      },
    },
  ];
}

describe('pushed facts with real external access tokens', () => {
  let jwks: Awaited<ReturnType<typeof startJwksServer>>;
  beforeAll(async () => {
    jwks = await startJwksServer();
  });
  afterAll(() => jwks.close());

  it.each(persistentDatabases(databases))(
    'accepts static and JWKS tokens, refuses the others, and scores the pushed facts, %s',
    async (_name, open) => {
      const database: BackendDatabase = await open();
      const backend = await startTestBackend({
        features: [
          maturityPlugin,
          authServiceFactory,
          httpAuthServiceFactory,
          permissionsServiceFactory,
          catalogServiceMock.factory({ entities }),
          mockServices.scheduler.factory({
            includeInitialDelayedTasksOnStartup: true,
          }),
          mockServices.rootConfig.factory({
            data: {
              ...database.config,
              backend: {
                ...(database.config.backend as object),
                auth: { externalAccess: externalAccess(jwks.url) },
              },
              maturity: {
                includeDefaultModel: false,
                models: [{ model }],
                pushedFacts: {
                  sources: {
                    ci: {
                      title: 'CI pipeline',
                      facts: { coverage: { type: 'float' } },
                    },
                  },
                },
              },
            },
          }),
          ...database.features,
        ],
      });
      try {
        const api = (token: string) => ({
          push: (body: object) =>
            request(backend.server)
              .post('/api/maturity/facts')
              .set('Authorization', `Bearer ${token}`)
              .send(body),
          scorecard: () =>
            request(backend.server)
              .get(
                '/api/maturity/entities/component/default/ci-service/scorecard',
              )
              .set('Authorization', `Bearer ${token}`),
        });
        const now = Date.now();
        const earlier = {
          entityRef: SERVICE,
          source: 'ci',
          timestamp: new Date(now - 40 * DAY_MS).toISOString(),
          facts: { coverage: 60 },
        };
        const latest = {
          entityRef: SERVICE,
          source: 'ci',
          timestamp: new Date(now - 3600_000).toISOString(),
          facts: { coverage: 85.5 },
        };

        // (a) a static token restricted to maturity.facts.push
        const stored = await api(PUSH_TOKEN).push(earlier);
        expect(stored.status).toBe(201);
        expect((await api(PUSH_TOKEN).push(earlier)).body).toMatchObject({
          stored: false,
        });

        // (b) a JWT signed by the CI's key, checked against its JWKS
        const jwt = await jwks.sign({ sub: 'repo:bank/ci-service:ref:main' });
        const pushed = await api(jwt).push(latest);
        expect(pushed.status).toBe(201);
        expect(pushed.body).toEqual({
          entityRef: SERVICE,
          source: 'ci',
          timestamp: latest.timestamp,
          stored: true,
        });
        // an identical retry is answered, not stored again
        expect((await api(jwt).push(latest)).status).toBe(200);

        // a token restricted to permissions without maturity.facts.push
        const denied = await api(READ_TOKEN).push(latest);
        expect(denied.status).toBe(403);
        expect(denied.body.error.message).toBe(
          'Not allowed: maturity.facts.push',
        );
        // restricted by action: maturity.facts.push is a create
        expect(
          (
            await api(CREATE_TOKEN).push({
              ...latest,
              timestamp: new Date(now - 7200_000).toISOString(),
            })
          ).status,
        ).toBe(201);

        // unknown tokens, a foreign key and a wrong audience
        expect((await api('not-a-known-token').push(latest)).status).toBe(401);
        const { privateKey: foreign } = await generateKeyPair('ES256');
        expect(
          (await api(await jwks.sign({ sub: 'x' }, foreign)).push(latest))
            .status,
        ).toBe(401);
        expect(
          (await api(await jwks.sign({ sub: 'x', aud: 'other' })).push(latest))
            .status,
        ).toBe(401);

        // the pushes re-evaluate the entity in the background
        const checks = async () => {
          const res = await api(READ_TOKEN).scorecard();
          expect(res.status).toBe(200);
          return Object.fromEntries(
            res.body.domains
              .flatMap((d: any) => d.capabilities)
              .flatMap((c: any) => c.checks)
              .map((c: any) => [c.checkId, c]),
          );
        };
        let result = await checks();
        for (
          let tries = 0;
          tries < 100 && result['coverage-rising']?.status !== 'passed';
          tries++
        ) {
          await new Promise(resolve => setTimeout(resolve, 100));
          result = await checks();
        }
        expect(result['coverage-80']).toMatchObject({
          status: 'passed',
          source: 'pushed',
          value: 85.5,
        });
        expect(result['coverage-rising']).toMatchObject({
          status: 'passed',
          source: 'pushed',
        });
      } finally {
        await backend.stop();
        await database.cleanup();
      }
    },
  );
});

describe('pushed facts config at startup', () => {
  it('does not start with an undeclared type, naming its key', async () => {
    await expect(
      startTestBackend({
        features: [
          maturityPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.rootConfig.factory({
            data: {
              maturity: {
                pushedFacts: {
                  sources: { ci: { facts: { coverage: { type: 'percent' } } } },
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'maturity.pushedFacts.sources.ci.facts.coverage.type: unknown type "percent", expected one of integer, float, string, boolean, datetime, set, object',
    );
  });
});
