import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import maturityPlugin from '@devops-maturity/plugin-maturity-backend';
import {
  CLI_TEST_TIMEOUT,
  fixture,
  PACKAGE_DIR,
  runCli,
} from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

/** The catalog the backend evaluates, as the catalog API returns it (relations included). */
const ENTITIES = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments',
      namespace: 'default',
      uid: 'uid-payments',
      annotations: {
        'pagerduty.com/service-id': 'PAY123',
        'jenkins.io/job-full-name': 'payments/payments/main',
      },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default', uid: 'uid-team' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'ownerOf', targetRef: 'component:default/payments' }],
  },
];

const refOf = (e: (typeof ENTITIES)[number]) =>
  `${e.kind.toLocaleLowerCase('en-US')}:${e.metadata.namespace}/${
    e.metadata.name
  }`;

/** Just enough of the catalog REST API for the maturity backend's catalog client. */
function startFakeCatalog(): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let body = '';
    req.setEncoding('utf8');
    req.on('data', chunk => {
      body += chunk;
    });
    req.on('end', () => {
      const byName =
        /^\/api\/catalog\/entities\/by-name\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(
          url.pathname,
        );
      if (byName) {
        const ref = `${byName[1]}:${byName[2]}/${byName[3]}`.toLocaleLowerCase(
          'en-US',
        );
        const entity = ENTITIES.find(e => refOf(e) === ref);
        if (entity) send(200, entity);
        else
          send(404, {
            error: { name: 'NotFoundError', message: `No entity ${ref}` },
          });
        return;
      }
      if (url.pathname === '/api/catalog/entities/by-refs') {
        const { entityRefs } = JSON.parse(body || '{}') as {
          entityRefs: string[];
        };
        send(200, {
          items: entityRefs.map(
            ref =>
              ENTITIES.find(e => refOf(e) === ref.toLocaleLowerCase('en-US')) ??
              null,
          ),
        });
        return;
      }
      if (url.pathname === '/api/catalog/entities/by-query') {
        const kinds = url.searchParams
          .getAll('filter')
          .map(f => /^kind=(.+)$/i.exec(f)?.[1]?.toLocaleLowerCase('en-US'));
        const items = ENTITIES.filter(
          e =>
            kinds.length === 0 ||
            kinds.includes(e.kind.toLocaleLowerCase('en-US')),
        );
        send(200, { items, totalItems: items.length, pageInfo: {} });
        return;
      }
      send(404, {
        error: {
          name: 'NotFoundError',
          message: `fake catalog: no route ${url.pathname}`,
        },
      });
    });
  });
  return new Promise(resolve => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      });
    });
  });
}

/** A request from the test process (by IP: the test environment blocks name lookups). */
function request(
  method: string,
  url: string,
  token: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: { authorization: `Bearer ${token}` } },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('maturity gate against the maturity backend plugin', () => {
  let catalog: { server: http.Server; url: string };
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let url: string;
  const token = mockCredentials.user.token();

  beforeAll(async () => {
    catalog = await startFakeCatalog();
    backend = await startTestBackend({
      features: [
        maturityPlugin,
        mockServices.rootConfig.factory({
          data: {
            maturity: {
              models: [
                {
                  file: path.join(
                    PACKAGE_DIR,
                    fixture('models', 'small-model.yaml'),
                  ),
                },
              ],
              // no scheduled run during the test: entities are refreshed explicitly
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 24 },
              },
            },
          },
        }),
        mockServices.discovery.mock({
          getBaseUrl: async (pluginId: string) =>
            `${catalog.url}/api/${pluginId}`,
          getExternalBaseUrl: async (pluginId: string) =>
            `${catalog.url}/api/${pluginId}`,
        }).factory,
      ],
    });
    url = `http://127.0.0.1:${backend.server.port()}`;
    const refresh = await request(
      'POST',
      `${url}/api/maturity/entities/component/default/payments/refresh?model=small-model`,
      token,
    );
    if (refresh.status !== 200) {
      throw new Error(
        `refresh of the test entity failed: ${refresh.status} ${refresh.body}`,
      );
    }
  });

  afterAll(async () => {
    await backend?.stop();
    await new Promise(resolve => catalog?.server.close(resolve));
  });

  const gate = (
    args: string[],
    env: Record<string, string> = { BACKSTAGE_TOKEN: token },
  ) =>
    runCli(['gate', '--url', url, '--model', 'small-model', ...args], { env });

  it('exits 0 when the stored level meets the requirement', async () => {
    const run = await gate([
      '--entity',
      'component:default/payments',
      '--domain',
      'sre',
      '--min-level',
      '1',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^PASS component:default\/payments: sre level 1 meets the required 1 \(model small-model\)\n$/,
    );
  });

  it('exits 1 with the blocking checks when it does not', async () => {
    const run = await gate([
      '--entity',
      'payments',
      '--domain',
      'sre',
      '--min-level',
      '2',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      pass: false,
      entityRef: 'component:default/payments',
      modelId: 'small-model',
      domainId: 'sre',
      level: 1,
      required: 2,
    });
    expect(result.blocking.map((b: { checkId: string }) => b.checkId)).toEqual([
      'sre-slo-defined',
    ]);
  });

  it('agrees with the offline gate on the same entity', async () => {
    const online = await gate([
      '--entity',
      'payments',
      '--min-level',
      '2',
      '--format',
      'json',
    ]);
    expect(online.code).toBe(1);
    const offline = await runCli([
      'gate',
      '--offline',
      fixture('catalog', 'payments.yaml'),
      '--entity',
      'payments',
      '--model',
      fixture('models', 'small-model.yaml'),
      '--min-level',
      '2',
      '--format',
      'json',
    ]);
    expect(offline.code).toBe(1);
    const [a, b] = [JSON.parse(online.stdout), JSON.parse(offline.stdout)];
    expect(a.level).toBe(b.level);
    // the backend sees the owner group in the catalog; offline it is unknown
    expect(a.blocking.map((x: { checkId: string }) => x.checkId)).toEqual(
      expect.arrayContaining(['sre-slo-defined', 'delivery-weekly']),
    );
    expect(a.blocking.map((x: { checkId: string }) => x.checkId)).not.toContain(
      'delivery-owner',
    );
    expect(b.blocking.map((x: { checkId: string }) => x.checkId)).toContain(
      'delivery-owner',
    );
  });

  it('exits 2 with one line on an unknown entity and a rejected token', async () => {
    const unknown = await gate([
      '--entity',
      'component:default/nope',
      '--min-level',
      '1',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^maturity gate: unknown entity or model: component:default\/nope, model small-model \(404 NotFoundError: No maturity results for component:default\/nope .*\)\n$/,
    );

    const rejected = await gate(['--entity', 'payments', '--min-level', '1'], {
      BACKSTAGE_TOKEN: mockCredentials.user.invalidToken(),
    });
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(
      /^maturity gate: not authenticated \(401 AuthenticationError: .*\); the token in \$BACKSTAGE_TOKEN was rejected by http:\/\/127\.0\.0\.1:\d+\n$/,
    );
  });
});
