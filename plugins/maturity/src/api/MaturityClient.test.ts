import { ResponseError } from '@backstage/errors';
import { expandScorecard } from '@devops-maturity/plugin-maturity-common';
import { waitFor } from '@testing-library/react';
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
  const model = {
    id: 'm',
    title: 'Model',
    version: '1',
    levels: [{ level: 1, title: 'Initial' }],
    domains: [
      {
        id: 'sre',
        title: 'SRE',
        capabilities: [
          {
            id: 'sre-cap',
            title: 'Observability',
            checks: [
              {
                id: 'slo',
                title: 'SLOs defined',
                level: 1,
                remediation: { markdown: 'Define SLOs' },
              },
            ],
          },
        ],
      },
    ],
  };
  const results = (version: string) => ({
    entityRef: 'component:default/quickpay-gateway',
    modelId: 'm',
    modelVersion: version,
    level: 1,
    score: 1,
    evaluatedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    domains: [],
    checks: [
      { checkId: 'slo', status: 'passed', message: 'ok', source: 'catalog' },
    ],
  });

  /**
   * A backend answering whole scorecards, results and the model, under the
   * model version and default model id the test sets.
   */
  function scorecardBackend() {
    const backend = { version: '1', modelId: 'm' };
    const fetch = jest.fn(async (url: string) => {
      const current = {
        ...model,
        id: backend.modelId,
        version: backend.version,
      };
      if (url.endsWith('/models')) {
        return jsonResponse(200, {
          defaultModelId: backend.modelId,
          items: [],
        });
      }
      if (url.includes('/models/')) return jsonResponse(200, current);
      const stored = {
        ...results(backend.version),
        modelId: backend.modelId,
      };
      return jsonResponse(
        200,
        url.includes('view=results')
          ? stored
          : expandScorecard(current as any, stored as any),
      );
    });
    const client = new MaturityClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: { fetch: fetch as any },
    });
    const urls = () => fetch.mock.calls.map(c => c[0]);
    return { client, fetch, urls, backend };
  }

  it('fetches the first scorecard of the default model whole, then results joined with the model, fetched once', async () => {
    const { client, urls } = scorecardBackend();
    const whole = await client.getScorecard(
      'Component:default/quickpay-gateway',
    );
    const joined = await client.getScorecard(
      'component:default/quickpay-gateway',
    );
    expect(joined).toEqual(whole);
    expect(joined.modelTitle).toBe('Model');
    expect(joined.domains[0].capabilities[0].checks[0]).toMatchObject({
      checkId: 'slo',
      title: 'SLOs defined',
      status: 'passed',
      remediation: { markdown: 'Define SLOs' },
    });
    await client.getScorecard('component:default/other');
    expect(urls()).toEqual([
      `${BASE}/entities/component/default/quickpay-gateway/scorecard`,
      `${BASE}/entities/component/default/quickpay-gateway/scorecard?view=results`,
      `${BASE}/models/m`,
      `${BASE}/entities/component/default/other/scorecard?view=results`,
    ]);
  });

  it('asks for the model while the results are still on their way', async () => {
    const pending: Array<{ url: string; answer: (body: unknown) => void }> = [];
    const fetch = jest.fn(
      (url: string) =>
        new Promise<Response>(resolve =>
          pending.push({
            url,
            answer: body => resolve(jsonResponse(200, body)),
          }),
        ),
    );
    const client = new MaturityClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: { fetch: fetch as any },
    });
    const card = client.getScorecard('component:default/a', { model: 'm' });
    await waitFor(() => expect(pending).toHaveLength(2));
    expect(pending.map(p => p.url)).toEqual([
      `${BASE}/entities/component/default/a/scorecard?model=m&view=results`,
      `${BASE}/models/m`,
    ]);
    pending[1].answer(model);
    pending[0].answer(results('1'));
    expect((await card).modelTitle).toBe('Model');
  });

  it('learns the default model from the model list', async () => {
    const { client, urls } = scorecardBackend();
    await client.listModels();
    await client.getScorecard('component:default/a');
    expect(urls()).toEqual([
      `${BASE}/models`,
      `${BASE}/entities/component/default/a/scorecard?view=results`,
      `${BASE}/models/m`,
    ]);
  });

  it('fetches the model again when the results name another version', async () => {
    const { client, urls, backend } = scorecardBackend();
    await client.getScorecard('component:default/a', { model: 'm' });
    backend.version = '2';
    const card = await client.getScorecard('component:default/a', {
      model: 'm',
    });
    expect(card.domains[0].capabilities[0].checks[0].status).toBe('passed');
    await client.getScorecard('component:default/a', { model: 'm' });
    expect(urls().filter(u => u.includes('/models/'))).toEqual([
      `${BASE}/models/m`,
      `${BASE}/models/m`,
    ]);
  });

  it('fetches the model the results name when the default model changed', async () => {
    const { client, urls, backend } = scorecardBackend();
    await client.getScorecard('component:default/a');
    await client.getScorecard('component:default/a');
    backend.modelId = 'n';
    const card = await client.getScorecard('component:default/a');
    expect(card.modelId).toBe('n');
    expect(urls().filter(u => u.includes('/models/'))).toEqual([
      `${BASE}/models/m`,
      `${BASE}/models/n`,
    ]);
  });

  it('shares a scorecard request in flight between the cards of a page', async () => {
    const { client, fetch } = scorecardBackend();
    const [a, b] = await Promise.all([
      client.getScorecard('component:default/quickpay-gateway'),
      client.getScorecard('component:default/quickpay-gateway'),
    ]);
    expect(a.domains).toEqual(b.domains);
    expect(
      fetch.mock.calls.filter(c => c[0].includes('/scorecard')),
    ).toHaveLength(1);
    await client.getScorecard('component:default/quickpay-gateway');
    expect(
      fetch.mock.calls.filter(c => c[0].includes('/scorecard')),
    ).toHaveLength(2);
  });

  it('passes the model and encodes path segments', async () => {
    const { client, fetch } = scorecardBackend();
    await client.getScorecard('component:default/a b', { model: 'm 1' });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/entities/component/default/a%20b/scorecard?model=m%201&view=results`,
    );
  });

  describe('language of model text', () => {
    function languageBackend(initial: string) {
      let language = initial;
      const fetch = jest.fn(async (url: string) =>
        jsonResponse(200, url.includes('/models/') ? model : results('1')),
      );
      const client = new MaturityClient({
        discoveryApi: { getBaseUrl: async () => BASE },
        fetchApi: { fetch: fetch as any },
        appLanguageApi: { getLanguage: () => ({ language }) },
      });
      const urls = () => fetch.mock.calls.map(c => c[0]);
      return { client, urls, setLanguage: (l: string) => (language = l) };
    }

    it('asks for model text in the app language on every model-text call', async () => {
      const { client, urls } = languageBackend('zh-CN');
      await client.listModels();
      await client.getModel('m');
      await client.getScorecard('component:default/a', { model: 'm' });
      await client.refreshEntity('component:default/a');
      await client.getIndicators({ model: 'm' });
      await client.getGate('component:default/a', { minLevel: 2 });
      expect(urls()).toEqual([
        `${BASE}/models?lang=zh-CN`,
        `${BASE}/models/m?lang=zh-CN`,
        `${BASE}/entities/component/default/a/scorecard?model=m&view=results&lang=zh-CN`,
        `${BASE}/models/m?lang=zh-CN`,
        `${BASE}/entities/component/default/a/refresh?lang=zh-CN`,
        `${BASE}/indicators?model=m&lang=zh-CN`,
        `${BASE}/gate?entityRef=component%3Adefault%2Fa&minLevel=2&lang=zh-CN`,
      ]);
    });

    it('prefers the language a call names over the app language', async () => {
      const { client, urls } = languageBackend('zh-CN');
      await client.getModel('m', { lang: 'en' });
      await client.getIndicators({ model: 'm', lang: 'en' });
      expect(urls()).toEqual([
        `${BASE}/models/m?lang=en`,
        `${BASE}/indicators?model=m&lang=en`,
      ]);
    });

    it('keeps one cached model per language', async () => {
      const { client, urls, setLanguage } = languageBackend('en');
      await client.getScorecard('component:default/a');
      await client.getScorecard('component:default/a');
      setLanguage('zh-CN');
      await client.getScorecard('component:default/a');
      expect(urls().filter(u => u.includes('/models/'))).toEqual([
        `${BASE}/models/m?lang=en`,
        `${BASE}/models/m?lang=zh-CN`,
      ]);
    });

    it('sends no language where answers carry no model text', async () => {
      const { client, urls } = languageBackend('zh-CN');
      await client.listEntities({ group: 'group:default/t' });
      await client.getGroupRollup('group:default/t');
      await client.getOrgRollup();
      await client.getEntityHistory('component:default/a');
      await client.getRollupTrend();
      expect(urls().filter(u => u.includes('lang='))).toEqual([]);
    });

    it('sends no language without an app language API', async () => {
      const { client, fetch } = setup();
      await client.listModels();
      expect(fetch.mock.calls[0][0]).toBe(`${BASE}/models`);
    });
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
    await client.listEntities({ unowned: true, kind: 'api' });
    await client.listEntities({ unowned: false });
    await client.getGroupRollup('group:default/payments', { weakest: 5 });
    await client.getOrgRollup({ model: 'caict-devops' });
    await client.getRollupTrend({ group: 'group:default/payments' });
    await client.listModels();
    await client.getModel('caict-devops');
    const urls = fetch.mock.calls.map(call => call[0]);
    expect(urls).toEqual([
      `${BASE}/entities/component/default/x/history?domain=sre&from=2024-01-01T00%3A00%3A00.000Z`,
      `${BASE}/entities?group=group%3Adefault%2Fpayments&domain=sre&minLevel=0&maxLevel=2&kind=component&lifecycle=production&cursor=abc&limit=500`,
      `${BASE}/entities?unowned=true&kind=api`,
      `${BASE}/entities`,
      `${BASE}/groups/default/payments/rollup?weakest=5`,
      `${BASE}/rollups?model=caict-devops`,
      `${BASE}/rollups/trend?group=group%3Adefault%2Fpayments`,
      `${BASE}/models`,
      `${BASE}/models/caict-devops`,
    ]);
  });

  it('queries the indicators of a group or of the whole org', async () => {
    const list = {
      modelId: 'caict-devops',
      groupRef: null,
      computedAt: null,
      indicators: [],
    };
    const { client, fetch } = setup(200, list);
    await expect(
      client.getIndicators({ model: 'caict-devops' }),
    ).resolves.toEqual(list);
    await client.getIndicators({
      model: 'caict-devops',
      group: 'group:default/payments',
    });
    expect(fetch.mock.calls).toEqual([
      [`${BASE}/indicators?model=caict-devops`, { method: 'GET' }],
      [
        `${BASE}/indicators?model=caict-devops&group=group%3Adefault%2Fpayments`,
        { method: 'GET' },
      ],
    ]);
  });

  it('maps indicator errors to ResponseError', async () => {
    const { client } = setup(404, {
      error: { name: 'NotFoundError', message: 'No model nope' },
      request: { method: 'GET', url: '/indicators' },
      response: { statusCode: 404 },
    });
    const error = await client.getIndicators({ model: 'nope' }).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.cause.message).toBe('No model nope');
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
    await client.revokeAttestation('a/1', 'wrong minutes');
    await client.revokeAttestation('a2');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/attestations?entityRef=component%3Adefault%2Fx`,
      `${BASE}/waivers?entityRef=component%3Adefault%2Fx`,
      `${BASE}/waivers/w%2F1?reason=fixed%20now%20%28it%27s%20done%29%21`,
      `${BASE}/attestations/a%2F1?reason=wrong%20minutes`,
      `${BASE}/attestations/a2`,
    ]);
    expect(fetch.mock.calls[2][1]).toEqual({ method: 'DELETE' });
    expect(fetch.mock.calls[3][1]).toEqual({ method: 'DELETE' });
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
    expect(fetch.mock.calls[2][1]).toMatchObject({ method: 'POST' });
  });

  it('asks for the stale evidence of the catalog or of a group', async () => {
    const summary = {
      modelId: 'caict-devops',
      entities: 0,
      checks: 0,
      sources: [],
      items: [],
    };
    const { client, fetch } = setup(200, summary);
    expect(await client.getStaleEvidence()).toEqual(summary);
    await client.getStaleEvidence({
      modelId: 'caict-devops',
      group: 'group:default/quick-payment-team',
      limit: 5,
    });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/stale-evidence`,
      `${BASE}/stale-evidence?model=caict-devops&group=group%3Adefault%2Fquick-payment-team&limit=5`,
    ]);
  });

  it('returns what POST /runs answers, queued during the start-up delay', async () => {
    const queued = {
      status: 'queued',
      queued: true,
      startsAt: '2026-12-07T10:42:20.000Z',
      startsInSeconds: 18,
      message:
        'The evaluation is queued: it starts by 2026-12-07T10:42:20.000Z',
    };
    const { client } = setup(202, queued);
    expect(await client.triggerRun()).toEqual(queued);
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
