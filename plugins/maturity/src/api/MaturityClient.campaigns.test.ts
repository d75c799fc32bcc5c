import { ResponseError } from '@backstage/errors';
import { MaturityClient } from './MaturityClient';
import type { CampaignInput } from './campaignTypes';

const BASE = 'http://backend.test/api/maturity';

function setup(status = 200, body: unknown = { items: [] }) {
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
    appLanguageApi: { getLanguage: () => ({ language: 'zh-CN' }) },
  });
  return { client, fetch };
}

const input: CampaignInput = {
  title: 'SRE L3 by March',
  owner: 'group:default/platform',
  modelId: 'caict-devops',
  targets: [{ domain: 'sre', level: 3 }],
  scope: {
    groups: ['group:default/payments'],
    filter: { $all: [{ kind: { $in: ['component'] } }] },
  },
  startDate: '2026-12-01',
  targetDate: '2027-03-31',
  state: 'active',
};

describe('MaturityClient campaigns', () => {
  it('reads campaigns, their progress and audit by encoded id', async () => {
    const { client, fetch } = setup();
    await client.listCampaigns();
    await client.listCampaigns({
      state: 'archived',
      owner: 'group:default/platform',
    });
    await client.getCampaign('sre l3');
    await client.getCampaignProgress('sre/l3');
    await client.getCampaignAudit('sre-l3');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/campaigns`,
      `${BASE}/campaigns?state=archived&owner=group%3Adefault%2Fplatform`,
      `${BASE}/campaigns/sre%20l3`,
      `${BASE}/campaigns/sre%2Fl3/progress`,
      `${BASE}/campaigns/sre-l3/audit`,
    ]);
    expect(fetch.mock.calls[0][1]).toEqual({ method: 'GET' });
  });

  it('asks for a page of entities and for the CSV with the entity query', async () => {
    const { client, fetch } = setup();
    await client.getCampaignProgress('sre-l3', {
      entityOffset: 50,
      entityLimit: 25,
      entityFilter: 'behind',
      team: 'group:default/payments',
      q: 'quick pay',
    });
    fetch.mockResolvedValueOnce(
      new Response('\ufeffentityRef\r\n', {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      }),
    );
    const blob = await client.getCampaignEntitiesCsv('sre-l3', {
      entityFilter: 'all',
      team: 'group:default/payments',
    });
    expect(await blob.text()).toContain('entityRef');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/campaigns/sre-l3/progress?entityOffset=50&entityLimit=25&entityFilter=behind&team=group%3Adefault%2Fpayments&q=quick%20pay`,
      `${BASE}/campaigns/sre-l3/entities.csv?entityFilter=all&team=group%3Adefault%2Fpayments`,
    ]);
  });

  it('throws the backend error of a failed CSV export', async () => {
    const { client } = setup(404, {
      error: { name: 'NotFoundError', message: 'No campaign "x"' },
    });
    await expect(client.getCampaignEntitiesCsv('x')).rejects.toBeInstanceOf(
      ResponseError,
    );
  });

  it('posts, puts and archives campaigns as JSON', async () => {
    const { client, fetch } = setup(201, { campaign: {}, warnings: [] });
    await client.createCampaign(input);
    await client.updateCampaign('sre-l3', { ...input, state: 'completed' });
    await client.archiveCampaign('sre-l3');
    expect(fetch.mock.calls[0]).toEqual([
      `${BASE}/campaigns`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      },
    ]);
    expect(fetch.mock.calls[1][0]).toBe(`${BASE}/campaigns/sre-l3`);
    expect(fetch.mock.calls[1][1]!.method).toBe('PUT');
    expect(JSON.parse(fetch.mock.calls[1][1]!.body as string)).toEqual({
      ...input,
      state: 'completed',
    });
    expect(fetch.mock.calls[2]).toEqual([
      `${BASE}/campaigns/sre-l3/archive`,
      { method: 'POST' },
    ]);
  });

  it('lists the campaigns of an entity and of a group', async () => {
    const { client, fetch } = setup();
    await client.listEntityCampaigns('component:default/quickpay gateway');
    await client.listGroupCampaigns('group:payments');
    await client.listGroupCampaigns('payments');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/entities/component/default/quickpay%20gateway/campaigns`,
      `${BASE}/groups/default/payments/campaigns`,
      `${BASE}/groups/default/payments/campaigns`,
    ]);
  });

  it('throws the backend 400 as a ResponseError with the field message', async () => {
    const { client } = setup(400, {
      error: {
        name: 'InputError',
        message: 'targets[1].level: must be 1..5',
      },
      request: { method: 'POST', url: '/campaigns' },
      response: { statusCode: 400 },
    });
    const error = await client.createCampaign(input).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.cause.message).toBe('targets[1].level: must be 1..5');
  });
});
