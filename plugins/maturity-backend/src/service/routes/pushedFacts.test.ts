import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startMaturityBackend } from '../../__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const GATEWAY = 'component:default/quickpay-gateway';
const pushedFacts = {
  maxBodyKb: 1,
  rateLimit: { requests: 3, windowSeconds: 60 },
  sources: {
    ci: {
      title: 'CI pipeline',
      facts: {
        coverage: { type: 'float' },
        testsPassed: { type: 'boolean' },
        findings: { type: 'object' },
      },
    },
  },
};

/** A mock service token of a subject, for the maturity plugin. */
const serviceHeader = (subject: string) =>
  mockCredentials.service.header({
    onBehalfOf: mockCredentials.service(subject),
    targetPluginId: 'maturity',
  });

describe('POST /facts', () => {
  let server: any;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const backend = await startMaturityBackend({
      config: { maturity: { pushedFacts } },
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  const post = (body: unknown, subject = 'external:ci') =>
    request(server)
      .post('/api/maturity/facts')
      .set('Authorization', serviceHeader(subject))
      .send(body as object);

  const push = (facts: object, timestamp = '2026-12-01T10:00:00Z') => ({
    entityRef: GATEWAY,
    source: 'ci',
    timestamp,
    facts,
  });

  it('stores a push (201), answers an identical retry with 200 and other facts with 409', async () => {
    const first = await post(push({ coverage: 81.5, testsPassed: true }));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      entityRef: GATEWAY,
      source: 'ci',
      timestamp: '2026-12-01T10:00:00.000Z',
      stored: true,
    });
    const retry = await post(push({ testsPassed: true, coverage: 81.5 }));
    expect(retry.status).toBe(200);
    expect(retry.body.stored).toBe(false);
    const conflict = await post(push({ coverage: 90, testsPassed: true }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        `Facts of source 'ci' for ${GATEWAY} at 2026-12-01T10:00:00.000Z were already pushed with other values`,
      ),
    });
  });

  it('accepts a user principal too', async () => {
    const res = await request(server)
      .post('/api/maturity/facts')
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send(push({ coverage: 1 }, '2026-12-01T11:00:00Z'));
    expect(res.status).toBe(201);
  });

  it('answers 400 naming the field', async () => {
    const res = await post(
      { ...push({ coverage: 'abc', covrage: 1 }), source: 'ci' },
      'external:bad-input',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      `facts.coverage: expected float, got string "abc"; facts.covrage: unknown fact of source 'ci' (did you mean 'coverage'?)`,
    );
    const source = await post(
      { ...push({ coverage: 1 }), source: 'cii' },
      'external:bad-input',
    );
    expect(source.status).toBe(400);
    expect(source.body.error.message).toBe(
      `source: unknown source 'cii' (declared: ci) (did you mean 'ci'?)`,
    );
    const ref = await post(
      { ...push({ coverage: 1 }), entityRef: 'not a ref' },
      'external:bad-input',
    );
    expect(ref.status).toBe(400);
    expect(ref.body.error.message).toMatch(
      /^entityRef: expected kind:namespace\/name/,
    );
  });

  it('answers 400 for a body the spec refuses', async () => {
    const res = await post({ entityRef: GATEWAY, facts: {} }, 'external:spec');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/source/);
  });

  it('answers 404 naming an entity missing from the catalog', async () => {
    const res = await post(
      { ...push({ coverage: 1 }), entityRef: 'component:default/gone' },
      'external:missing',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No entity component:default/gone in the catalog',
    );
  });

  it('answers 413 with a JSON error for a body over maxBodyKb', async () => {
    const res = await post(
      push({ findings: { text: 'x'.repeat(2000) } }),
      'external:large',
    );
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual(
      expect.objectContaining({
        name: 'PayloadTooLargeError',
        message: 'Request body exceeds 1 KB (maturity.pushedFacts.maxBodyKb)',
      }),
    );
  });

  it('answers 429 with Retry-After once a principal exceeds the rate limit', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await post(
        push({ coverage: i }, `2026-12-02T10:00:0${i}Z`),
        'external:burst',
      );
      expect(ok.status).toBe(201);
    }
    const limited = await post(
      push({ coverage: 9 }, '2026-12-02T10:00:09Z'),
      'external:burst',
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body.error.message).toMatch(
      /^Too many pushes by external:burst: at most 3 per 60 s/,
    );
    // others are not limited by it
    expect(
      (
        await post(
          push({ coverage: 9 }, '2026-12-02T10:00:09Z'),
          'external:calm',
        )
      ).status,
    ).toBe(201);
  });

  it('answers 401 for an invalid token', async () => {
    const res = await request(server)
      .post('/api/maturity/facts')
      .set('Authorization', mockCredentials.service.invalidHeader())
      .send(push({ coverage: 1 }));
    expect(res.status).toBe(401);
  });
});

describe('POST /facts without the permission', () => {
  it('answers 403 and stores nothing', async () => {
    const backend = await startMaturityBackend({
      config: { maturity: { pushedFacts } },
      permission: AuthorizeResult.DENY,
    });
    try {
      const res = await request(backend.server)
        .post('/api/maturity/facts')
        .set('Authorization', mockCredentials.service.header())
        .send({ entityRef: GATEWAY, source: 'ci', facts: { coverage: 1 } });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe('Not allowed: maturity.facts.push');
    } finally {
      await backend.stop();
    }
  });
});
