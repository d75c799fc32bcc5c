import { ResponseError } from '@backstage/errors';
import { MaturityClient } from './MaturityClient';

const BASE = 'http://backend.test/api/maturity';

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 404 ? 'Not Found' : 'OK',
    headers: { 'Content-Type': 'application/json' },
  });
}

function setup(status = 200, body: unknown = {}) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    jsonResponse(status, body),
  );
  const getBaseUrl = jest.fn(async () => BASE);
  const client = new MaturityClient({
    discoveryApi: { getBaseUrl },
    fetchApi: { fetch: fetch as any },
  });
  return { client, fetch, getBaseUrl };
}

describe('MaturityClient', () => {
  it('resolves the maturity base URL and reads scorecards by entity path', async () => {
    const { client, fetch, getBaseUrl } = setup(200, { level: 2 });
    await expect(
      client.getScorecard('Component:default/quickpay-gateway'),
    ).resolves.toEqual({ level: 2 });
    expect(getBaseUrl).toHaveBeenCalledWith('maturity');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/entities/component/default/quickpay-gateway/scorecard`,
      { method: 'GET' },
    );
  });

  it('passes the model and encodes path segments', async () => {
    const { client, fetch } = setup();
    await client.getScorecard('component:default/a b', { model: 'm 1' });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/entities/component/default/a%20b/scorecard?model=m%201`,
    );
  });

  it('posts refreshes', async () => {
    const { client, fetch } = setup();
    await client.refreshEntity('system:ops/payments');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/entities/system/ops/payments/refresh`,
      { method: 'POST' },
    );
  });

  it('builds history, entity list, rollup and trend queries', async () => {
    const { client, fetch } = setup(200, { items: [] });
    await client.getEntityHistory('component:default/x', {
      domain: 'sre',
      from: '2024-01-01T00:00:00.000Z',
    });
    await client.listEntities({
      group: 'group:default/payments',
      domain: 'sre',
      minLevel: 0,
      maxLevel: 2,
      kind: 'component',
      lifecycle: 'production',
      cursor: 'abc',
      limit: 500,
    });
    await client.getGroupRollup('group:default/payments', { weakest: 5 });
    await client.getOrgRollup({ model: 'caict-devops' });
    await client.getRollupTrend({ group: 'group:default/payments' });
    await client.listModels();
    await client.getModel('caict-devops');
    const urls = fetch.mock.calls.map(call => call[0]);
    expect(urls).toEqual([
      `${BASE}/entities/component/default/x/history?domain=sre&from=2024-01-01T00%3A00%3A00.000Z`,
      `${BASE}/entities?group=group%3Adefault%2Fpayments&domain=sre&minLevel=0&maxLevel=2&kind=component&lifecycle=production&cursor=abc&limit=500`,
      `${BASE}/groups/default/payments/rollup?weakest=5`,
      `${BASE}/rollups?model=caict-devops`,
      `${BASE}/rollups/trend?group=group%3Adefault%2Fpayments`,
      `${BASE}/models`,
      `${BASE}/models/caict-devops`,
    ]);
  });

  it('posts attestations and waivers as JSON', async () => {
    const { client, fetch } = setup(201, { id: '1' });
    const attestation = {
      entityRef: 'component:default/x',
      checkId: 'agile-backlog',
      evidenceUrl: 'https://tracker.example.com/board/1',
      comment: 'Board of the team',
      expiresAt: '2030-01-01T00:00:00.000Z',
    };
    await expect(client.createAttestation(attestation)).resolves.toEqual({
      id: '1',
    });
    const waiver = {
      entityRef: 'component:default/x',
      checkId: 'sre-slo',
      reason: 'Batch job without users',
    };
    await client.createWaiver(waiver);
    expect(fetch.mock.calls[0]).toEqual([
      `${BASE}/attestations`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(attestation),
      },
    ]);
    expect(fetch.mock.calls[1][0]).toBe(`${BASE}/waivers`);
    expect(JSON.parse(fetch.mock.calls[1][1]!.body as string)).toEqual(waiver);
  });

  it('lists and revokes waivers and attestations', async () => {
    const { client, fetch } = setup(200, { items: [], audit: [] });
    await client.listAttestations('component:default/x');
    await client.listWaivers('component:default/x');
    await client.revokeWaiver('w/1', { reason: "fixed now (it's done)!" });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/attestations?entityRef=component%3Adefault%2Fx`,
      `${BASE}/waivers?entityRef=component%3Adefault%2Fx`,
      `${BASE}/waivers/w%2F1?reason=fixed%20now%20%28it%27s%20done%29%21`,
    ]);
    expect(fetch.mock.calls[2][1]).toEqual({ method: 'DELETE' });
  });

  it('queries gates and runs', async () => {
    const { client, fetch } = setup(200, { items: [] });
    await client.getGate('component:default/x', { minLevel: 3, domain: 'sre' });
    await client.listRuns({ limit: 5 });
    await client.triggerRun();
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/gate?entityRef=component%3Adefault%2Fx&domain=sre&minLevel=3`,
      `${BASE}/runs?limit=5`,
      `${BASE}/runs`,
    ]);
  });

  it('maps backend errors to ResponseError', async () => {
    const { client } = setup(404, {
      error: { name: 'NotFoundError', message: 'No maturity results for x' },
      request: {
        method: 'GET',
        url: '/entities/component/default/x/scorecard',
      },
      response: { statusCode: 404 },
    });
    const error = await client
      .getScorecard('component:default/x')
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.name).toBe('ResponseError');
    expect(error.statusCode).toBe(404);
    expect(error.cause.name).toBe('NotFoundError');
    expect(error.cause.message).toContain('No maturity results for x');
  });

  it('maps non-JSON error bodies too', async () => {
    const fetch = jest.fn(
      async () =>
        new Response('upstream down', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
    );
    const client = new MaturityClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: { fetch: fetch as any },
    });
    const error = await client.listModels().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(502);
  });
});
