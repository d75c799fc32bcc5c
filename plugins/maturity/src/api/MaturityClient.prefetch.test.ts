import { MaturityClient } from './MaturityClient';

const BASE = 'http://backend.test/api/maturity';

function setup() {
  const fetch = jest.fn(async (url: string, _init?: RequestInit) => {
    const path = url.slice(BASE.length);
    let body: unknown = { items: [], audit: [] };
    if (path === '/models') body = { defaultModelId: 'm', items: [] };
    if (path.includes('/scorecard')) {
      body = { entityRef: 'component:default/a', modelId: 'm', domains: [] };
    }
    return new Response(JSON.stringify(body), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
  const client = new MaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as any },
  });
  const paths = () => fetch.mock.calls.map(c => c[0].slice(BASE.length));
  return { client, paths };
}

/** Lets the requests started so far reach the fetch API. */
const sent = () => new Promise(resolve => setTimeout(resolve, 0));

describe('MaturityClient.prefetch', () => {
  it('answers the first same GET with the prefetched one, later ones anew', async () => {
    const { client, paths } = setup();
    client.prefetch(api => [api.listAttestations('component:default/a')]);
    await sent();
    expect(paths()).toEqual([
      '/attestations?entityRef=component%3Adefault%2Fa',
    ]);
    await client.listAttestations('component:default/a');
    expect(paths()).toHaveLength(1);
    await client.listAttestations('component:default/a');
    expect(paths()).toHaveLength(2);
  });

  it('reuses a whole scorecard prefetched before the default model was known', async () => {
    const { client, paths } = setup();
    client.prefetch(api => [
      api.listModels(),
      api.getScorecard('component:default/a'),
    ]);
    await sent();
    expect(paths()).toEqual([
      '/models',
      '/entities/component/default/a/scorecard',
    ]);
    // the models answer names the default model before the tab asks
    await client.listModels();
    await client.getScorecard('component:default/a');
    expect(paths()).toHaveLength(2);
  });

  it('forgets prefetched answers once a change is sent', async () => {
    const { client, paths } = setup();
    client.prefetch(api => [api.listWaivers('component:default/a')]);
    await client.revokeWaiver('w1');
    await client.listWaivers('component:default/a');
    expect(paths()).toEqual([
      '/waivers?entityRef=component%3Adefault%2Fa',
      '/waivers/w1',
      '/waivers?entityRef=component%3Adefault%2Fa',
    ]);
  });

  it('sends GETs made after the prefetch call normally', async () => {
    const { client, paths } = setup();
    client.prefetch(() => []);
    await client.listRuns();
    await client.listRuns();
    expect(paths()).toEqual(['/runs', '/runs']);
  });
});
