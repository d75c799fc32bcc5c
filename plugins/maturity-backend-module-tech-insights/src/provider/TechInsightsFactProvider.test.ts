import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';
import {
  closedPortBaseUrl,
  startDroppingServer,
  startFakeTechInsights,
  type FakeAnswer,
  type FakeTechInsights,
  type SeenRequest,
} from '../__testUtils__/startFakeTechInsights';
import { TechInsightsFactProvider } from './TechInsightsFactProvider';

const DAY_MS = 24 * 60 * 60 * 1000;

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

const entities = (count: number) =>
  Array.from({ length: count }, (_, i) => component(`service-${i}`));

const latestOnly: FactRequirements = {
  techInsights: { doraFactRetriever: ['leadTimeHours'] },
  history: {},
  pushed: {},
  pushedHistory: {},
};

function createProvider(
  baseUrl: string,
  techInsights: Record<string, unknown> = {},
) {
  const logger = mockServices.logger.mock();
  const provider = TechInsightsFactProvider.create({
    discovery: {
      getBaseUrl: async () => baseUrl,
      getExternalBaseUrl: async () => baseUrl,
    },
    auth: mockServices.auth({ pluginId: 'maturity' }),
    logger,
    config: mockServices.rootConfig({
      data: { maturity: { techInsights: techInsights as any } },
    }),
  });
  return { provider, logger };
}

function latestFactsFor(entity: string) {
  return {
    doraFactRetriever: {
      id: 'doraFactRetriever',
      entity,
      timestamp: '2026-05-01T10:00:00.000Z',
      version: '0.1.0',
      facts: {
        leadTimeHours: entity.endsWith('/a') ? 12 : 24,
        deploymentsPerWeek: 3,
      },
    },
  };
}

const answerLatest = (request: SeenRequest): FakeAnswer => ({
  status: 200,
  body: latestFactsFor(request.query.get('entity')!),
});

describe('TechInsightsFactProvider', () => {
  let server: FakeTechInsights | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('maps the latest facts per entity, asking only for required retrievers', async () => {
    server = await startFakeTechInsights(answerLatest);
    const { provider } = createProvider(server.baseUrl);

    const evidence = await provider.getEvidence({
      entities: [component('a'), component('bb')],
      requirements: {
        techInsights: {
          doraFactRetriever: ['leadTimeHours'],
          sloFactRetriever: ['sloMet'],
          unusedRetriever: [],
        },
        history: {},
        pushed: {},
        pushedHistory: {},
      },
    });

    expect(provider.id).toBe('tech-insights');
    expect(Object.fromEntries(evidence)).toEqual({
      'component:default/a': {
        techInsights: {
          doraFactRetriever: {
            timestamp: '2026-05-01T10:00:00.000Z',
            facts: { leadTimeHours: 12, deploymentsPerWeek: 3 },
          },
        },
      },
      'component:default/bb': {
        techInsights: {
          doraFactRetriever: {
            timestamp: '2026-05-01T10:00:00.000Z',
            facts: { leadTimeHours: 24, deploymentsPerWeek: 3 },
          },
        },
      },
    });
    expect(server.requests.map(r => r.path)).toEqual([
      '/facts/latest',
      '/facts/latest',
    ]);
    for (const request of server.requests) {
      expect(request.query.getAll('ids[]')).toEqual([
        'doraFactRetriever',
        'sloFactRetriever',
      ]);
    }
    expect(server.requests.map(r => r.query.get('entity')).sort()).toEqual([
      'component:default/a',
      'component:default/bb',
    ]);
  });

  it('sends a service token for tech-insights as a bearer token', async () => {
    server = await startFakeTechInsights(answerLatest);
    const { provider } = createProvider(server.baseUrl);

    await provider.getEvidence({
      entities: [component('a')],
      requirements: latestOnly,
    });

    const token = mockCredentials.service.token({
      onBehalfOf: mockCredentials.service('plugin:maturity'),
      targetPluginId: 'tech-insights',
    });
    expect(server.requests[0].authorization).toBe(`Bearer ${token}`);
  });

  it('makes no call when the model needs no TechInsights facts', async () => {
    server = await startFakeTechInsights(answerLatest);
    const { provider } = createProvider(server.baseUrl);

    const evidence = await provider.getEvidence({
      entities: entities(3),
      requirements: {
        techInsights: {},
        history: {},
        pushed: {},
        pushedHistory: {},
      },
    });

    expect(evidence.size).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('reads history only for trend facts, over the longest look-back plus a day', async () => {
    server = await startFakeTechInsights(request => {
      if (request.path === '/facts/latest') {
        return answerLatest(request);
      }
      return {
        status: 200,
        body: {
          doraFactRetriever: [
            {
              id: 'doraFactRetriever',
              entity: request.query.get('entity'),
              timestamp: '2026-04-01T00:00:00.000Z',
              facts: { leadTimeHours: 30, deploymentsPerWeek: 2, mttr: 5 },
            },
            {
              id: 'doraFactRetriever',
              entity: request.query.get('entity'),
              timestamp: '2026-01-01T00:00:00.000Z',
              facts: { leadTimeHours: 40, deploymentsPerWeek: 1, mttr: 9 },
            },
          ],
        },
      };
    });
    const { provider } = createProvider(server.baseUrl);

    const before = Date.now();
    const evidence = await provider.getEvidence({
      entities: [component('a')],
      requirements: {
        techInsights: { doraFactRetriever: ['leadTimeHours'] },
        history: { doraFactRetriever: { leadTimeHours: 90, mttr: 30 } },
        pushed: {},
        pushedHistory: {},
      },
    });
    const after = Date.now();

    expect(evidence.get('component:default/a')?.factHistory).toEqual({
      doraFactRetriever: {
        leadTimeHours: [
          { timestamp: '2026-01-01T00:00:00.000Z', value: 40 },
          { timestamp: '2026-04-01T00:00:00.000Z', value: 30 },
        ],
        mttr: [
          { timestamp: '2026-01-01T00:00:00.000Z', value: 9 },
          { timestamp: '2026-04-01T00:00:00.000Z', value: 5 },
        ],
      },
    });
    expect(evidence.get('component:default/a')?.techInsights).toBeDefined();

    const range = server.requests.filter(r => r.path === '/facts/range');
    expect(range).toHaveLength(1);
    expect(range[0].query.get('entity')).toBe('component:default/a');
    expect(range[0].query.getAll('ids[]')).toEqual(['doraFactRetriever']);
    const start = Date.parse(range[0].query.get('startDatetime')!);
    const end = Date.parse(range[0].query.get('endDatetime')!);
    expect(end).toBeGreaterThanOrEqual(before);
    expect(end).toBeLessThanOrEqual(after);
    expect(end - start).toBe(91 * DAY_MS);
  });

  it('keeps no more requests in flight than the configured concurrency', async () => {
    server = await startFakeTechInsights(request => ({
      ...(answerLatest(request) as object),
      status: 200,
      delayMs: 20,
    }));
    const { provider } = createProvider(server.baseUrl, { concurrency: 3 });

    const evidence = await provider.getEvidence({
      entities: entities(12),
      requirements: {
        techInsights: { doraFactRetriever: ['leadTimeHours'] },
        history: { doraFactRetriever: { leadTimeHours: 7 } },
        pushed: {},
        pushedHistory: {},
      },
    });

    expect(server.requests).toHaveLength(24);
    expect(server.maxInFlight()).toBe(3);
    expect(evidence.size).toBe(12);
  });

  it('marks entities unavailable when TechInsights answers too slowly', async () => {
    server = await startFakeTechInsights(() => 'hang');
    const { provider, logger } = createProvider(server.baseUrl, {
      timeout: 150,
    });

    const evidence = await provider.getEvidence({
      entities: [component('a')],
      requirements: latestOnly,
    });

    expect(evidence.get('component:default/a')).toEqual({
      unavailableSources: [
        {
          source: 'techInsights',
          message: 'no answer to GET /facts/latest within 150 ms (timeout)',
        },
      ],
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('TechInsights unavailable for 1 of 1 entities'),
    );
  });

  it.each([
    [500, 'HTTP 500 Internal Server Error: database is down'],
    [503, 'HTTP 503 Service Unavailable: database is down'],
    [401, 'HTTP 401 Unauthorized: database is down'],
  ])(
    'marks entities unavailable on HTTP %i, naming the status',
    async (status, expected) => {
      server = await startFakeTechInsights(() => ({
        status,
        body: {
          error: { name: 'Error', message: 'database is down' },
          request: { method: 'GET', url: '/facts/latest' },
          response: { statusCode: status },
        },
      }));
      const { provider } = createProvider(server.baseUrl);

      const evidence = await provider.getEvidence({
        entities: [component('a'), component('b')],
        requirements: latestOnly,
      });

      for (const ref of ['component:default/a', 'component:default/b']) {
        expect(evidence.get(ref)).toEqual({
          unavailableSources: [
            {
              source: 'techInsights',
              message: `GET /facts/latest answered ${expected}`,
            },
          ],
        });
      }
    },
  );

  it('names only the status when the error body is not a Backstage error', async () => {
    server = await startFakeTechInsights(() => ({
      status: 502,
      rawBody: '<html>bad gateway</html>',
    }));
    const { provider } = createProvider(server.baseUrl);

    const evidence = await provider.getEvidence({
      entities: [component('a')],
      requirements: latestOnly,
    });

    expect(
      evidence.get('component:default/a')?.unavailableSources?.[0].message,
    ).toBe('GET /facts/latest answered HTTP 502 Bad Gateway');
  });

  it('treats 404 and empty answers as no facts, not as an outage', async () => {
    server = await startFakeTechInsights(request => {
      switch (request.query.get('entity')) {
        case 'component:default/missing':
          return { status: 404, body: { error: { message: 'not found' } } };
        case 'component:default/empty':
          return { status: 200, body: {} };
        case 'component:default/blank':
          return { status: 200 };
        default:
          return answerLatest(request);
      }
    });
    const { provider, logger } = createProvider(server.baseUrl);

    const evidence = await provider.getEvidence({
      entities: ['missing', 'empty', 'blank', 'present'].map(component),
      requirements: latestOnly,
    });

    expect([...evidence.keys()]).toEqual(['component:default/present']);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('marks every entity unavailable when nothing listens, and stops calling', async () => {
    const { provider, logger } = createProvider(await closedPortBaseUrl(), {
      maxConsecutiveFailures: 2,
    });

    const evidence = await provider.getEvidence({
      entities: entities(6),
      requirements: latestOnly,
    });

    expect(evidence.size).toBe(6);
    const messages = new Set(
      [...evidence.values()].map(e => e.unavailableSources?.[0].message),
    );
    expect(messages.size).toBe(1);
    expect([...messages][0]).toMatch(
      /^cannot reach tech-insights for GET \/facts\/latest: .*ECONNREFUSED/,
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'stopped calling tech-insights for the rest of the batch after 2 consecutive failures',
      ),
    );
  });

  it('stops connecting after consecutive failures when connections are dropped', async () => {
    const dropping = await startDroppingServer();
    try {
      const { provider } = createProvider(dropping.baseUrl, {
        concurrency: 1,
        maxConsecutiveFailures: 3,
      });

      const evidence = await provider.getEvidence({
        entities: entities(10),
        requirements: latestOnly,
      });

      expect(dropping.connections()).toBe(3);
      expect(evidence.size).toBe(10);
      const messages = new Set(
        [...evidence.values()].map(e => e.unavailableSources?.[0].message),
      );
      expect(messages.size).toBe(1);
      expect([...messages][0]).toMatch(
        /^cannot reach tech-insights for GET \/facts\/latest: /,
      );
    } finally {
      await dropping.close();
    }
  });

  it('stops calling after consecutive error answers, also with requests in flight', async () => {
    server = await startFakeTechInsights(() => ({ status: 500, delayMs: 5 }));
    const { provider } = createProvider(server.baseUrl, {
      concurrency: 4,
      maxConsecutiveFailures: 5,
    });

    const evidence = await provider.getEvidence({
      entities: entities(40),
      requirements: latestOnly,
    });

    // At most the threshold plus the requests already in flight when it trips.
    expect(server.requests.length).toBeGreaterThanOrEqual(5);
    expect(server.requests.length).toBeLessThanOrEqual(5 + 3);
    expect(evidence.size).toBe(40);
    for (const found of evidence.values()) {
      expect(found.unavailableSources).toEqual([
        {
          source: 'techInsights',
          message: 'GET /facts/latest answered HTTP 500 Internal Server Error',
        },
      ]);
    }
  });

  it('keeps calling while failures are interleaved with successes', async () => {
    server = await startFakeTechInsights(request =>
      request.query.get('entity')!.endsWith('-odd')
        ? { status: 500 }
        : answerLatest(request),
    );
    const { provider } = createProvider(server.baseUrl, {
      concurrency: 1,
      maxConsecutiveFailures: 2,
    });

    const evidence = await provider.getEvidence({
      entities: ['a', 'a-odd', 'b', 'b-odd', 'c', 'c-odd'].map(component),
      requirements: latestOnly,
    });

    expect(server.requests).toHaveLength(6);
    expect(evidence.get('component:default/c')?.techInsights).toBeDefined();
    expect(
      evidence.get('component:default/c-odd')?.unavailableSources,
    ).toHaveLength(1);
  });

  it('marks an entity unavailable when its history cannot be read', async () => {
    server = await startFakeTechInsights(request =>
      request.path === '/facts/range' ? { status: 500 } : answerLatest(request),
    );
    const { provider } = createProvider(server.baseUrl);

    const evidence = await provider.getEvidence({
      entities: [component('a')],
      requirements: {
        techInsights: { doraFactRetriever: ['leadTimeHours'] },
        history: { doraFactRetriever: { leadTimeHours: 30 } },
        pushed: {},
        pushedHistory: {},
      },
    });

    expect(evidence.get('component:default/a')).toEqual({
      unavailableSources: [
        {
          source: 'techInsights',
          message: 'GET /facts/range answered HTTP 500 Internal Server Error',
        },
      ],
    });
  });

  it('marks the batch unavailable when no token can be issued', async () => {
    server = await startFakeTechInsights(answerLatest);
    const provider = TechInsightsFactProvider.create({
      discovery: {
        getBaseUrl: async () => server!.baseUrl,
        getExternalBaseUrl: async () => server!.baseUrl,
      },
      auth: mockServices.auth.mock({
        getOwnServiceCredentials: async () =>
          mockCredentials.service('plugin:maturity'),
        getPluginRequestToken: async () => {
          throw new Error('no keys');
        },
      }),
      logger: mockServices.logger.mock(),
      config: mockServices.rootConfig(),
    });

    const evidence = await provider.getEvidence({
      entities: [component('a'), component('b')],
      requirements: latestOnly,
    });

    expect(server.requests).toHaveLength(0);
    expect(evidence.get('component:default/b')).toEqual({
      unavailableSources: [
        {
          source: 'techInsights',
          message: 'cannot prepare a request to tech-insights: Error: no keys',
        },
      ],
    });
  });

  it('rejects when the run is aborted', async () => {
    server = await startFakeTechInsights(() => 'hang');
    const { provider } = createProvider(server.baseUrl);
    const controller = new AbortController();

    const pending = provider.getEvidence({
      entities: entities(3),
      requirements: latestOnly,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('run cancelled')), 50);

    await expect(pending).rejects.toThrow('run cancelled');
  });
});
