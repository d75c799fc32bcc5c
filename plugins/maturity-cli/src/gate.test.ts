import http from 'http';
import type { AddressInfo } from 'net';
import { CLI_TEST_TIMEOUT, fixture, runCli } from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

const SMALL = fixture('models', 'small-model.yaml');
const PAYMENTS = fixture('catalog', 'payments.yaml');
const FACTS = fixture('facts', 'payments.yaml');

describe('maturity gate --offline', () => {
  const offline = (...args: string[]) =>
    runCli([
      'gate',
      '--offline',
      PAYMENTS,
      '--model',
      SMALL,
      '--facts',
      FACTS,
      ...args,
    ]);

  it('passes when the domain level is met (exit 0)', async () => {
    const run = await offline(
      '--entity',
      'component:default/payments',
      '--domain',
      'sre',
      '--min-level',
      '2',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'PASS component:default/payments: sre level 2 meets the required 2 (model small-model, offline)\n',
    );
  });

  it('fails with the blocking checks when it is not (exit 1)', async () => {
    const run = await offline(
      '--entity',
      'payments',
      '--domain',
      'sre',
      '--min-level',
      '3',
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'FAIL component:default/payments: sre level 2, required 3 (model small-model, offline)',
      '1 blocking check:',
      '  ✖ sre-slo-met (sre, L3, failed)  SLOs are met: sloMet is false, required true',
      '',
    ]);
  });

  it('gates on the overall level without --domain; unknown relations block', async () => {
    const run = await offline(
      '--entity',
      'component:default/payments',
      '--min-level',
      '2',
      '--format',
      'json',
    );
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual({
      pass: false,
      entityRef: 'component:default/payments',
      modelId: 'small-model',
      domainId: null,
      level: 1,
      required: 2,
      evaluatedAt: expect.any(String),
      blocking: [
        {
          checkId: 'delivery-owner',
          title: 'The owner is an existing group',
          domainId: 'delivery',
          level: 2,
          status: 'unknown',
          message: expect.stringContaining('group:default/payments-team'),
        },
      ],
    });
    const met = await offline(
      '--entity',
      'component:default/payments',
      '--min-level',
      '1',
      '--format',
      'json',
    );
    expect(met.code).toBe(0);
    expect(JSON.parse(met.stdout)).toMatchObject({
      pass: true,
      level: 1,
      required: 1,
      blocking: [],
    });
  });

  it('fails when the domain does not apply to the entity', async () => {
    const run = await offline(
      '--entity',
      'component:default/payments-web',
      '--domain',
      'sre',
      '--min-level',
      '1',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'FAIL component:default/payments-web: no check of sre applies to this entity',
    );
  });

  it('evaluates trends against --baseline-date', async () => {
    const run = await runCli([
      'gate',
      '--offline',
      PAYMENTS,
      '--facts',
      FACTS,
      '--entity',
      'payments',
      '--min-level',
      '5',
      '--domain',
      'business-value',
      '--baseline-date',
      '2000-01-01',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.stdout).blocking.find(
        (c: any) => c.checkId === 'bv-lead-time-improved',
      ),
    ).toMatchObject({
      status: 'unknown',
      message:
        'no lead time (hours) history at or before the baseline 2000-01-01 to compare with',
    });
  });

  it('exits 2 on an entity that is not in the file, and on usage errors', async () => {
    const unknown = await offline(
      '--entity',
      'component:default/nope',
      '--min-level',
      '1',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim()).toBe(
      `maturity gate: unknown entity component:default/nope: not a valid entity of ${PAYMENTS} (it has component:default/payments, component:default/payments-web, api:default/payments-api, system:default/payments)`,
    );

    const several = await offline('--min-level', '1');
    expect(several.code).toBe(2);
    expect(several.stderr).toContain(
      'has 4 valid entities; choose one with --entity',
    );

    const badLevel = await offline('--entity', 'payments', '--min-level', '7');
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr).toMatch(
      /option '--min-level <level>' argument '7' is invalid\. must be a whole number from 1 to 5/,
    );

    const badDate = await offline(
      '--entity',
      'payments',
      '--min-level',
      '1',
      '--baseline-date',
      '2026-02-30',
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(
      /option '--baseline-date <YYYY-MM-DD>' argument '2026-02-30' is invalid\. must be an ISO date that exists/,
    );

    const noLevel = await offline('--entity', 'payments');
    expect(noLevel.code).toBe(2);
    expect(noLevel.stderr).toMatch(
      /required option '--min-level <level>' not specified/,
    );
  });
});

/** Check levels the fake backend knows: overall and per domain. */
const LEVELS: Record<
  string,
  { level: number; domains: Record<string, number> }
> = {
  'component:default/payments': { level: 2, domains: { sre: 3, delivery: 2 } },
};

interface SeenRequest {
  path: string;
  query: Record<string, string>;
  authorization?: string;
}

/** A tiny backend implementing the `/api/maturity/gate` contract. */
function startFakeBackend(token: string) {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push({
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
    });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const error = (status: number, name: string, message: string) =>
      send(status, {
        error: { name, message },
        request: { method: req.method, url: req.url },
        response: { statusCode: status },
      });

    if (url.pathname === '/other/api/maturity/gate') {
      // another Backstage backend: its own 404 error, not about the entity
      error(404, 'NotFoundError', 'Not Found');
      return;
    }
    if (url.pathname === '/app/api/maturity/gate') {
      // a frontend that serves its page for every path
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html></html>');
      return;
    }
    if (url.pathname !== '/api/maturity/gate') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html>Not found</html>');
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      error(401, 'AuthenticationError', 'Missing credentials');
      return;
    }
    const entityRef = url.searchParams.get('entityRef') ?? '';
    const minLevel = Number(url.searchParams.get('minLevel'));
    const domainId = url.searchParams.get('domain');
    if (!(minLevel >= 1 && minLevel <= 5)) {
      error(400, 'InputError', 'minLevel must be 1..5');
      return;
    }
    const entity = LEVELS[entityRef];
    if (!entity) {
      error(
        404,
        'NotFoundError',
        `No maturity results for entity ${entityRef}`,
      );
      return;
    }
    const level = domainId ? entity.domains[domainId] ?? null : entity.level;
    const pass = level !== null && level >= minLevel;
    send(200, {
      pass,
      entityRef,
      modelId: url.searchParams.get('model') ?? 'caict-devops',
      domainId,
      level,
      required: minLevel,
      evaluatedAt: '2026-06-01T00:00:00.000Z',
      blocking: pass
        ? []
        : [
            {
              checkId: 'sre-error-budget',
              title: 'An error-budget policy is enforced',
              domainId: 'sre',
              level: 4,
              status: 'failed',
              message: 'errorBudgetPolicy is false, required true',
            },
            {
              checkId: 'sre-chaos',
              title: 'Chaos experiments run every quarter',
              domainId: 'sre',
              level: 4,
              status: 'unknown',
              message:
                'resilienceFactRetriever has not reported lastChaosExperiment',
            },
          ],
    });
  });
  return { server, seen };
}

function listen(server: http.Server): Promise<string> {
  return new Promise(resolve => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise(resolve => server.close(() => resolve()));
}

describe('maturity gate --url', () => {
  const backend = startFakeBackend('s3cret');
  let url: string;
  let closedUrl: string;

  beforeAll(async () => {
    url = await listen(backend.server);
    const closed = http.createServer();
    closedUrl = await listen(closed);
    await close(closed);
  });

  afterAll(() => close(backend.server));

  const env = { BACKSTAGE_TOKEN: 's3cret' };

  it('exits 0 when the backend says the level is met', async () => {
    const run = await runCli(
      [
        'gate',
        '--entity',
        'component:default/payments',
        '--min-level',
        '3',
        '--domain',
        'sre',
        '--url',
        url,
      ],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'PASS component:default/payments: sre level 3 meets the required 3 (model caict-devops)\n',
    );
    expect(backend.seen[backend.seen.length - 1]).toEqual({
      path: '/api/maturity/gate',
      query: {
        entityRef: 'component:default/payments',
        domain: 'sre',
        minLevel: '3',
      },
      authorization: 'Bearer s3cret',
    });
  });

  it('exits 1 and prints the blocking checks when it is not', async () => {
    const run = await runCli(
      [
        'gate',
        '--entity',
        'payments',
        '--min-level',
        '4',
        '--domain',
        'sre',
        '--model',
        'caict-devops',
        '--url',
        `${url}/`,
      ],
      { env },
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'FAIL component:default/payments: sre level 3, required 4 (model caict-devops)',
      '2 blocking checks:',
      '  ✖ sre-error-budget (sre, L4, failed)  An error-budget policy is enforced: errorBudgetPolicy is false, required true',
      '  ? sre-chaos (sre, L4, unknown)  Chaos experiments run every quarter: resilienceFactRetriever has not reported lastChaosExperiment',
      '',
    ]);
    expect(backend.seen[backend.seen.length - 1].query).toEqual({
      entityRef: 'component:default/payments',
      model: 'caict-devops',
      domain: 'sre',
      minLevel: '4',
    });
  });

  it('prints the backend answer as JSON with --format json', async () => {
    const run = await runCli(
      [
        'gate',
        '--entity',
        'component:default/payments',
        '--min-level',
        '3',
        '--url',
        url,
        '--format',
        'json',
      ],
      { env },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      pass: false,
      level: 2,
      required: 3,
      domainId: null,
    });
  });

  it('reads the token from --token-env', async () => {
    const run = await runCli(
      [
        'gate',
        '--entity',
        'component:default/payments',
        '--min-level',
        '1',
        '--url',
        url,
        '--token-env',
        'CI_MATURITY_TOKEN',
      ],
      { env: { CI_MATURITY_TOKEN: 's3cret' } },
    );
    expect(run.code).toBe(0);
    const unset = await runCli([
      'gate',
      '--entity',
      'component:default/payments',
      '--min-level',
      '1',
      '--url',
      url,
      '--token-env',
      'CI_MATURITY_TOKEN',
    ]);
    expect(unset.code).toBe(2);
    expect(unset.stderr.trim()).toBe(
      'maturity gate: --token-env CI_MATURITY_TOKEN: the environment variable is not set or empty',
    );
  });

  it('exits 2 with a one-line message on 401, 404, an unreachable backend and a wrong URL', async () => {
    const args = [
      'gate',
      '--entity',
      'component:default/payments',
      '--min-level',
      '2',
    ];
    const [noToken, badToken, unknown, unreachable, wrongPath] =
      await Promise.all([
        runCli([...args, '--url', url]),
        runCli([...args, '--url', url], { env: { BACKSTAGE_TOKEN: 'wrong' } }),
        runCli(
          [
            'gate',
            '--entity',
            'component:default/nope',
            '--min-level',
            '2',
            '--url',
            url,
          ],
          { env },
        ),
        runCli([...args, '--url', closedUrl], { env }),
        runCli([...args, '--url', `${url}/backstage`], { env }),
      ]);
    for (const run of [noToken, badToken, unknown, unreachable, wrongPath]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.endsWith('\n')).toBe(true);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(noToken.stderr.trim()).toBe(
      'maturity gate: not authenticated (401 AuthenticationError: Missing credentials); set a backend token in $BACKSTAGE_TOKEN',
    );
    expect(badToken.stderr.trim()).toBe(
      `maturity gate: not authenticated (401 AuthenticationError: Missing credentials); the token in $BACKSTAGE_TOKEN was rejected by ${url}`,
    );
    expect(unknown.stderr.trim()).toBe(
      'maturity gate: unknown entity component:default/nope (404 NotFoundError: No maturity results for entity component:default/nope)',
    );
    expect(unreachable.stderr.trim()).toBe(
      `maturity gate: cannot reach the Backstage backend at ${closedUrl} (connection refused, ECONNREFUSED)`,
    );
    expect(wrongPath.stderr.trim()).toBe(
      `maturity gate: ${url}/backstage/api/maturity/gate does not look like a maturity backend (404, a text/html page); is --url the Backstage backend base URL (e.g. http://localhost:7007) with the maturity backend plugin installed?`,
    );
  });

  it('says a URL that answers but not as the maturity backend is not one, never "unknown entity"', async () => {
    const args = [
      'gate',
      '--entity',
      'component:default/payments',
      '--min-level',
      '2',
    ];
    const [otherBackend, page] = await Promise.all([
      runCli([...args, '--url', `${url}/other`], { env }),
      runCli([...args, '--url', `${url}/app`], { env }),
    ]);
    for (const run of [otherBackend, page]) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/unknown entity/);
    }
    expect(otherBackend.stderr.trim()).toBe(
      `maturity gate: ${url}/other/api/maturity/gate does not look like a maturity backend (404 NotFoundError, an error of another service); is --url the Backstage backend base URL (e.g. http://localhost:7007) with the maturity backend plugin installed?`,
    );
    expect(page.stderr.trim()).toBe(
      `maturity gate: ${url}/app/api/maturity/gate does not look like a maturity backend (200, a text/html page); is --url the Backstage backend base URL (e.g. http://localhost:7007) with the maturity backend plugin installed?`,
    );
  });

  it('exits 2 on usage errors', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['gate', '--entity', 'payments', '--min-level', '2'],
        /give --url <backend base URL> to ask the backend, or --offline <catalog-info\.yaml>/,
      ],
      [
        [
          'gate',
          '--entity',
          'payments',
          '--min-level',
          '2',
          '--url',
          url,
          '--offline',
          PAYMENTS,
        ],
        /option '--url <url>' cannot be used with option '--offline/,
      ],
      [
        [
          'gate',
          '--entity',
          'payments',
          '--min-level',
          '2',
          '--url',
          url,
          '--baseline-date',
          '2026-01-01',
        ],
        /option '--baseline-date <YYYY-MM-DD>' cannot be used with option '--url <url>'/,
      ],
      [
        ['gate', '--min-level', '2', '--url', url],
        /--entity is required with --url/,
      ],
      [
        [
          'gate',
          '--entity',
          'payments',
          '--min-level',
          '2',
          '--url',
          'localhost:7007',
        ],
        /--url must be an http or https URL/,
      ],
      [
        [
          'gate',
          '--entity',
          'payments',
          '--min-level',
          '2',
          '--url',
          url,
          '--facts',
          FACTS,
        ],
        /--facts applies only to --offline/,
      ],
      [
        ['gate', '--entity', 'payments', '--min-level', 'two', '--url', url],
        /argument 'two' is invalid/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { env });
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({
        args,
        code: 2,
        stdout: '',
      });
      expect(run.stderr).toMatch(message);
    }
  });
});
