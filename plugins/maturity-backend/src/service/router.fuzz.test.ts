import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import fc from 'fast-check';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoEntities } from '../__testUtils__/demoEntities';
import { loadModels } from '../model/loadModels';
import { maturityPlugin } from '../plugin';
import {
  FuzzRequest,
  fuzzRequests,
  FuzzVocabulary,
  WAIVER_ID,
} from './__testUtils__/fuzzRequests';
import { RawResponse, sendRawRequest } from './__testUtils__/sendRawRequest';

jest.setTimeout(300_000);

/** Change the seed to explore other inputs; a failure prints the one to keep. */
const SEED = 20261126;
const BASE = '/api/maturity';

const AUTH_HEADERS = [
  mockCredentials.user.header('user:default/alice'),
  mockCredentials.service.header(),
  mockCredentials.none.header(),
  'Bearer nonsense',
  'Basic YWxpY2U6c2VjcmV0',
  '',
];

function vocabulary(): FuzzVocabulary {
  const models = loadModels(new ConfigReader({}));
  return {
    entityRefs: [
      'component:default/quickpay-gateway',
      'component:default/clearing-batch',
      'component:default/orphan-service',
      'system:default/payments',
      'component:default/nope',
      'Component:Default/QuickPay-Gateway',
    ],
    groupRefs: ['group:default/bank', 'payments-dept', 'user:default/alice'],
    modelIds: models.map(m => m.id),
    domainIds: models.flatMap(m => m.domains.map(d => d.id)),
    checkIds: models.flatMap(m =>
      m.domains.flatMap(d =>
        d.capabilities.flatMap(c => c.checks.map(k => k.id)),
      ),
    ),
    authVariants: AUTH_HEADERS.length,
  };
}

/** Why a response breaks the contract, or undefined when it keeps it. */
function contractViolation(
  method: string,
  response: RawResponse,
): string | undefined {
  if (response.status >= 500) {
    return `status ${response.status}`;
  }
  if (response.status < 400 || method === 'HEAD') {
    return undefined;
  }
  let message: unknown;
  try {
    message = JSON.parse(response.text)?.error?.message;
  } catch {
    return `${response.status} without a JSON body`;
  }
  if (typeof message !== 'string' || message.trim() === '') {
    return `${response.status} without error.message`;
  }
  return undefined;
}

async function fuzz(options: {
  permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  requests: number;
  seed: number;
}) {
  const backend = await startTestBackend({
    features: [
      maturityPlugin,
      catalogServiceMock.factory({ entities: demoEntities }),
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      mockServices.permissions.factory({ result: options.permission }),
    ],
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = (backend.server.address() as AddressInfo).port;
  const statuses = new Map<number, number>();
  const waiverIds: string[] = [];
  let sent = 0;

  const send = async (req: FuzzRequest) => {
    const path = req.path.replace(WAIVER_ID, waiverIds.at(-1) ?? 'none');
    const headers: Record<string, string> = {};
    if (AUTH_HEADERS[req.auth]) headers.authorization = AUTH_HEADERS[req.auth];
    if (req.contentType) headers['content-type'] = req.contentType;
    const response = await sendRawRequest({
      agent,
      port,
      method: req.method,
      path: `${BASE}${path}${req.query ? `?${req.query}` : ''}`,
      headers,
      body:
        req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
    });
    sent += 1;
    if (process.env.FUZZ_DEBUG) {
      // eslint-disable-next-line no-console
      console.log(
        `DBG ${response.status} ${req.method} ${path.slice(
          0,
          80,
        )}?${req.query.slice(0, 80)} ${response.text.slice(0, 120)}`,
      );
    }
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status === 201 && req.path === '/waivers') {
      waiverIds.push(JSON.parse(response.text).id);
    }
    return response;
  };

  const started = Date.now();
  try {
    await fc.assert(
      fc.asyncProperty(fuzzRequests(vocabulary()), async req => {
        const response = await send(req);
        const violation = contractViolation(req.method, response);
        if (violation) {
          throw new Error(
            `${violation}: ${req.method} ${req.path}?${
              req.query
            } -> ${response.text.slice(0, 500)}`,
          );
        }
      }),
      { numRuns: options.requests, seed: options.seed, endOnFailure: false },
    );
  } finally {
    agent.destroy();
    await backend.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  return { sent, seconds, statuses };
}

describe('maturity API under fuzzed requests', () => {
  it.each([
    [AuthorizeResult.ALLOW, Number(process.env.FUZZ_N ?? 8_000), SEED],
    [AuthorizeResult.DENY, 2_000, SEED + 1],
  ] as const)(
    'never answers 5xx and explains every 4xx (permission %s, %d requests)',
    async (permission, requests, seed) => {
      const { sent, seconds, statuses } = await fuzz({
        permission,
        requests,
        seed,
      });
      const histogram = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ');
      // The figures for the report; not asserted.
      // eslint-disable-next-line no-console
      console.log(
        `fuzz (permission ${permission}, seed ${seed}): ${sent} requests in ${seconds.toFixed(
          1,
        )} s; ${histogram}`,
      );
      expect(sent).toBeGreaterThanOrEqual(requests);
      // The generators must reach the handlers, not only the validator.
      expect([...statuses.keys()].some(s => s < 300)).toBe(true);
    },
  );
});
