import { closedPort, startFactsServer } from '../__testUtils__/factsServer';
import {
  FactsPushRefusedError,
  pushFactsToBackend,
  retryAfterMs,
} from './factsClient';

const push = {
  entityRef: 'component:default/payments',
  source: 'github-actions',
  facts: { coverage: 87.5 },
};
const receipt = {
  entityRef: 'component:default/payments',
  source: 'github-actions',
  timestamp: '2026-03-01T12:00:00.000Z',
  stored: true,
};

describe('pushFactsToBackend', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map(s => s.close()));
  });
  const start = async (...answers: Parameters<typeof startFactsServer>[0]) => {
    const server = await startFactsServer(answers);
    servers.push(server);
    return server;
  };
  const waits: number[] = [];
  const retries: string[] = [];
  beforeEach(() => {
    waits.length = 0;
    retries.length = 0;
  });
  const request = (baseUrl: string) => ({
    baseUrl,
    token: 's3cret-token',
    push,
    timeoutMs: 5000,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
    onRetry: (message: string) => retries.push(message),
  });

  it('posts the facts as JSON with the bearer token and returns the receipt', async () => {
    const server = await start({ status: 201, body: receipt });
    await expect(
      pushFactsToBackend(request(`${server.url}/`)),
    ).resolves.toEqual(receipt);
    expect(server.requests).toEqual([
      {
        method: 'POST',
        path: '/api/maturity/facts',
        authorization: 'Bearer s3cret-token',
        contentType: 'application/json',
        body: push,
      },
    ]);
  });

  it('accepts the 200 of an idempotent retry', async () => {
    const server = await start({
      status: 200,
      body: { ...receipt, stored: false },
    });
    await expect(
      pushFactsToBackend(request(server.url)),
    ).resolves.toMatchObject({ stored: false });
  });

  it('retries a 429 after its Retry-After, at most 3 times', async () => {
    const limited = {
      status: 429,
      body: { error: { name: 'TooManyRequests', message: 'slow down' } },
      headers: { 'retry-after': '2' },
    };
    const server = await start(limited, limited, {
      status: 201,
      body: receipt,
    });
    await expect(pushFactsToBackend(request(server.url))).resolves.toEqual(
      receipt,
    );
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([2000, 2000]);
    expect(retries[0]).toBe('rate limited (429); retry 1 of 3 in 2 s');

    const always = await start(limited);
    await expect(pushFactsToBackend(request(always.url))).rejects.toThrow(
      'rate limited (429 TooManyRequests: slow down); gave up after 4 attempts',
    );
    expect(always.requests).toHaveLength(4);
  });

  it('does not wait longer than a minute', async () => {
    const server = await start({
      status: 429,
      headers: { 'retry-after': '3600' },
    });
    await expect(pushFactsToBackend(request(server.url))).rejects.toThrow(
      /^rate limited \(429: Too Many Requests\); it asks to wait 3600 s, more than 60 s$/,
    );
    expect(waits).toEqual([]);
  });

  it("refuses with the backend's message, without the token (exit 1)", async () => {
    const MESSAGES: Record<number, string> = {
      400: 'fact coverage must be a number',
      401: 'bad token s3cret-token',
    };
    const cases: Array<[number, string, RegExp]> = [
      [
        400,
        'InputError',
        /^the backend rejected the facts \(400 InputError: fact coverage must be a number\)$/,
      ],
      [
        401,
        'AuthenticationError',
        /^not authenticated: the backend rejected the token \(401 AuthenticationError: bad token \*\*\*\)$/,
      ],
      [
        403,
        'NotAllowedError',
        /^not allowed: the token may not push facts \(403 NotAllowedError/,
      ],
      [
        404,
        'NotFoundError',
        /^unknown entity, or a source or fact the backend does not declare \(404 NotFoundError/,
      ],
      [409, 'ConflictError', /^conflicting facts/],
      [413, 'PayloadTooLargeError', /^too many facts for one push \(413/],
      [500, 'Error', /^the backend failed to store the facts \(500 Error/],
    ];
    for (const [status, name, message] of cases) {
      const server = await start({
        status,
        body: {
          error: {
            name,
            message: MESSAGES[status] ?? 'no',
          },
        },
      });
      const error = await pushFactsToBackend(request(server.url)).catch(e => e);
      expect(error).toBeInstanceOf(FactsPushRefusedError);
      expect(error.exitCode).toBe(1);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('s3cret-token');
      expect(server.requests).toHaveLength(1);
    }
  });

  it('tells a missing endpoint and an unexpected answer apart from a refusal (exit 2)', async () => {
    const missing = await start({ status: 404 });
    await expect(
      pushFactsToBackend(request(missing.url)),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(
        /^no maturity facts endpoint at http:\/\/127\.0\.0\.1:\d+\/api\/maturity\/facts \(404\)/,
      ),
    });
    const html = await start({ status: 200 });
    await expect(pushFactsToBackend(request(html.url))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('not a receipt of pushed facts'),
    });
  });

  it('retries network errors with a growing delay, then fails (exit 2)', async () => {
    const port = await closedPort();
    await expect(
      pushFactsToBackend(request(`http://127.0.0.1:${port}`)),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: `cannot reach the Backstage backend at http://127.0.0.1:${port} (connection refused, ECONNREFUSED) after 4 attempts`,
    });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(retries).toHaveLength(3);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
