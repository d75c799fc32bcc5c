import { ResponseError } from '@backstage/errors';
import { MaturityClient } from './MaturityClient';

const BASE = 'http://backend.test/api/maturity';

function setup(
  status = 200,
  body: unknown = { items: [] },
  language = 'zh-CN',
) {
  const fetch = jest.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const client = new MaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as any },
    appLanguageApi: { getLanguage: () => ({ language }) },
  });
  return { client, fetch };
}

describe('MaturityClient reports', () => {
  it('asks for a system or group report as JSON in the app language', async () => {
    const { client, fetch } = setup(200, { schemaVersion: 1 });
    await client.getReport('system:default/online-payment');
    await client.getReport('group:finance/payments team', {
      model: 'caict-devops',
      domains: ['sre', 'cd'],
      lang: 'en',
    });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/reports/system/default/online-payment?format=json&lang=zh-CN`,
      `${BASE}/reports/group/finance/payments%20team?format=json&model=caict-devops&domains=sre%2Ccd&lang=en`,
    ]);
    expect(fetch.mock.calls[0][1]).toEqual({ method: 'GET' });
  });

  it('leaves out an empty domain list', async () => {
    const { client, fetch } = setup(200, {});
    await client.getReport('system:default/online-payment', { domains: [] });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/reports/system/default/online-payment?format=json&lang=zh-CN`,
    );
  });

  it('posts a report to save with the app language unless one is given', async () => {
    const { client, fetch } = setup(201, { id: 'r1' });
    const saved = await client.saveReport({
      scope: 'system:default/online-payment',
      domains: ['sre'],
    });
    await client.saveReport({ scope: 'group:default/payments', lang: 'en' });
    expect(saved).toEqual({ id: 'r1' });
    expect(fetch.mock.calls[0]).toEqual([
      `${BASE}/reports`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          scope: 'system:default/online-payment',
          domains: ['sre'],
          lang: 'zh-CN',
        }),
      },
    ]);
    expect(JSON.parse(fetch.mock.calls[1][1]!.body as string)).toEqual({
      scope: 'group:default/payments',
      lang: 'en',
    });
  });

  it('lists the saved reports of a scope and reads one as stored', async () => {
    const { client, fetch } = setup();
    await client.listSavedReports('system:default/online-payment');
    fetch.mockResolvedValueOnce(
      new Response('<html>report</html>', {
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    const blob = await client.getSavedReport('a/b', 'html');
    expect(await blob.text()).toBe('<html>report</html>');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/reports?scope=system%3Adefault%2Fonline-payment`,
      `${BASE}/reports/saved/a%2Fb?format=html`,
    ]);
  });

  it('throws the backend errors as ResponseErrors', async () => {
    const { client } = setup(403, {
      error: { name: 'NotAllowedError', message: 'maturity.report.create' },
    });
    await expect(
      client.saveReport({ scope: 'system:default/x' }),
    ).rejects.toBeInstanceOf(ResponseError);
    await expect(client.getSavedReport('x', 'json')).rejects.toBeInstanceOf(
      ResponseError,
    );
  });
});
