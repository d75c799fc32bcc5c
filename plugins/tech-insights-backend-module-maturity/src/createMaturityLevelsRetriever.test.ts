import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { FactRetrieverContext } from '@backstage-community/plugin-tech-insights-node';
import { fakeMaturityFetch, listItem } from './__testUtils__/fakeMaturityApi';
import type { FakeAnswer } from './__testUtils__/fakeMaturityApi';
import { createMaturityLevelsRetriever } from './createMaturityLevelsRetriever';

const BASE_URL = 'http://maturity.test/api/maturity';

const domains = [
  { id: 'sre', title: 'SRE' },
  { id: 'continuous-delivery', title: 'Continuous Delivery' },
];

function run(answers: FakeAnswer[], kinds?: string[]) {
  const fake = fakeMaturityFetch(answers);
  const retriever = createMaturityLevelsRetriever({
    modelId: 'caict-devops',
    domains,
    kinds,
    version: '1.0.0',
    fetch: fake.fetch,
  });
  const context: FactRetrieverContext = {
    config: new ConfigReader({}),
    discovery: mockServices.discovery.mock({
      getBaseUrl: async pluginId => {
        expect(pluginId).toBe('maturity');
        return BASE_URL;
      },
    }),
    logger: mockServices.logger.mock(),
    auth: mockServices.auth({ pluginId: 'tech-insights' }),
    urlReader: mockServices.urlReader.mock(),
  };
  return {
    retriever,
    requests: fake.requests,
    facts: retriever.handler(context),
  };
}

describe('createMaturityLevelsRetriever', () => {
  it('pages through GET /entities with a token for the maturity plugin and publishes each entity', async () => {
    const { facts, requests } = run([
      {
        status: 200,
        body: {
          items: [
            listItem(
              'checkout',
              { level: 2, score: 0.62 },
              {
                sre: { level: 3, score: 0.8 },
                'continuous-delivery': { level: 2, score: 0.5 },
              },
            ),
          ],
          totalCount: 2,
          nextCursor: 'after-checkout',
        },
      },
      {
        status: 200,
        body: {
          items: [
            listItem(
              'ledger',
              { level: 0, score: 0.1 },
              {
                sre: { level: 0, score: 0.1 },
              },
            ),
          ],
          totalCount: 2,
        },
      },
    ]);

    await expect(facts).resolves.toEqual([
      {
        entity: { kind: 'component', namespace: 'default', name: 'checkout' },
        facts: {
          overallLevel: 2,
          score: 0.62,
          modelId: 'caict-devops',
          evaluatedAt: '2026-12-07T01:00:00.000Z',
          domainLevels: { sre: 3, 'continuous-delivery': 2 },
          domainScores: { sre: 0.8, 'continuous-delivery': 0.5 },
          sreLevel: 3,
          continuousDeliveryLevel: 2,
        },
      },
      {
        entity: { kind: 'component', namespace: 'default', name: 'ledger' },
        facts: {
          overallLevel: 0,
          score: 0.1,
          modelId: 'caict-devops',
          evaluatedAt: '2026-12-07T01:00:00.000Z',
          domainLevels: { sre: 0 },
          domainScores: { sre: 0.1 },
          sreLevel: 0,
        },
      },
    ]);
    expect(requests.map(r => `${r.url.pathname}${r.url.search}`)).toEqual([
      '/api/maturity/entities?model=caict-devops&limit=1000',
      '/api/maturity/entities?model=caict-devops&limit=1000&cursor=after-checkout',
    ]);
    expect(requests[0].authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.service('plugin:tech-insights'),
        targetPluginId: 'maturity',
      })}`,
    );
  });

  it('leaves out the levels of domains that do not apply, and the overall level when none does', async () => {
    const { facts } = run([
      {
        status: 200,
        body: {
          items: [
            listItem(
              'docs-site',
              { level: null, score: 0 },
              {
                sre: { level: null, score: 0 },
              },
            ),
          ],
          totalCount: 1,
        },
      },
    ]);
    const [published] = await facts;
    expect(published.facts).toEqual({
      score: 0,
      modelId: 'caict-devops',
      evaluatedAt: '2026-12-07T01:00:00.000Z',
      domainLevels: {},
      domainScores: {},
    });
  });

  it('publishes a domain the schema does not declare only inside domainLevels', async () => {
    const { facts } = run([
      {
        status: 200,
        body: {
          items: [
            listItem(
              'checkout',
              { level: 1, score: 0.4 },
              {
                'added-later': { level: 1, score: 0.4 },
              },
            ),
          ],
          totalCount: 1,
        },
      },
    ]);
    const [published] = await facts;
    expect(published.facts.domainLevels).toEqual({ 'added-later': 1 });
    expect(published.facts).not.toHaveProperty('addedLaterLevel');
  });

  it('publishes nothing for an entity the maturity backend has not evaluated (it is not listed)', async () => {
    const { facts } = run([
      { status: 200, body: { items: [], totalCount: 0 } },
    ]);
    await expect(facts).resolves.toEqual([]);
  });

  it('lists each configured kind and declares them as the entity filter', async () => {
    const { facts, requests, retriever } = run(
      [
        {
          status: 200,
          body: {
            items: [listItem('checkout', { level: 1, score: 0.5 }, {})],
            totalCount: 1,
          },
        },
        { status: 200, body: { items: [], totalCount: 0 } },
      ],
      ['component', 'system'],
    );
    await expect(facts).resolves.toHaveLength(1);
    expect(requests.map(r => r.url.searchParams.get('kind'))).toEqual([
      'component',
      'system',
    ]);
    expect(retriever.entityFilter).toEqual([{ kind: ['component', 'system'] }]);
  });

  it('throws a clear error, and returns no partial list, when the maturity backend answers 503 on a later page', async () => {
    const { facts } = run([
      {
        status: 200,
        body: {
          items: [listItem('checkout', { level: 2, score: 0.6 }, {})],
          totalCount: 2,
          nextCursor: 'c1',
        },
      },
      {
        status: 503,
        body: {
          error: {
            name: 'ServiceUnavailableError',
            message: 'database is starting',
          },
          request: { method: 'GET', url: '/entities' },
          response: { statusCode: 503 },
        },
      },
    ]);
    await expect(facts).rejects.toThrow(
      'GET /entities of the maturity backend answered HTTP 503 Service Unavailable: database is starting',
    );
  });

  it('throws when the maturity backend cannot be reached', async () => {
    const { facts } = run([{ networkError: 'connect ECONNREFUSED' }]);
    await expect(facts).rejects.toThrow(
      'Cannot reach the maturity backend for GET /entities: connect ECONNREFUSED',
    );
  });

  it('throws naming the field when a page is garbled', async () => {
    const item = listItem(
      'checkout',
      { level: 2, score: 0.6 },
      {
        sre: { level: 7 as number, score: 0.5 },
      },
    );
    const { facts } = run([
      { status: 200, body: { items: [item], totalCount: 1 } },
    ]);
    await expect(facts).rejects.toThrow(
      'GET /entities of the maturity backend answered a page whose items[0].domains.sre.level is not an integer from 0 to 5 or null',
    );
  });

  it('throws instead of looping when the same cursor comes back', async () => {
    const page = {
      status: 200,
      body: { items: [], totalCount: 0, nextCursor: 'again' },
    };
    const { facts } = run([page, page]);
    await expect(facts).rejects.toThrow('answered the same nextCursor twice');
  });
});
