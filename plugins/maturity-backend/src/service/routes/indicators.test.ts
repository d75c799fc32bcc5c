import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  loadModelOrThrow,
  LocalizedModel,
  MaturityModel,
  parseModelObject,
} from '@devops-maturity/plugin-maturity-common';
import express from 'express';
import fs from 'fs';
import request from 'supertest';
import { demoEntities } from '../../__testUtils__/demoEntities';
import { defaultModelPath } from '../../model/loadModels';
import { ModelRegistry } from '../../model/ModelRegistry';
import { maturityPlugin } from '../../plugin';
import { spec } from '../../schema/openapi.generated';
import type { MaturityStore } from '../../store/MaturityStore';
import type { StoredIndicatorValue } from '../../store/types';
import { registerIndicatorRoutes } from './indicators';

jest.setTimeout(60_000);

const defaultModel = () =>
  loadModelOrThrow(fs.readFileSync(defaultModelPath(), 'utf8'));
const base = defaultModel();
const model: MaturityModel = {
  ...base,
  id: 'kpi-model',
  indicators: [
    {
      id: 'config-accuracy',
      title: 'Configuration accuracy',
      description: 'Share of entities whose configuration is accurate.',
      aggregation: {
        type: 'passRate',
        check: base.domains[0].capabilities[0].checks[0].id,
      },
      unit: '%',
      target: 100,
      direction: 'increase',
      reference: 'YD/T 3763.1',
    },
    {
      id: 'lead-time',
      title: 'Lead time',
      aggregation: {
        type: 'mean',
        fact: 'techInsights.doraFactRetriever.leadTimeHours',
      },
      unit: 'hours',
      target: 24,
      direction: 'decrease',
    },
  ],
};

const NOW = new Date('2026-08-10T12:00:00Z');

const row = (
  indicatorId: string,
  day: string,
  value: number | null,
  counts: [number, number] = [3, 1],
): StoredIndicatorValue => ({
  indicatorId,
  day,
  value,
  entityCount: counts[0],
  noDataCount: counts[1],
  computedAt: `${day}T02:00:00.000Z`,
});

describe('GET /indicators (route)', () => {
  const queries: unknown[] = [];
  const store = {
    async getIndicatorValues(query: {
      groupRef: string | null;
      fromDay: string;
    }) {
      queries.push(query);
      if (query.groupRef === 'group:default/ghost') return undefined;
      return [
        row('config-accuracy', '2026-08-08', 50),
        row('config-accuracy', '2026-08-09', 75),
        row('lead-time', '2026-08-09', null, [0, 4]),
        row('retired-indicator', '2026-08-09', 3),
      ];
    },
  } as unknown as MaturityStore;
  let denied = false;

  function app(served: MaturityModel | LocalizedModel = model) {
    const router = createValidatedOpenApiRouter(
      spec as any,
    ) as unknown as express.Router;
    registerIndicatorRoutes(router, {
      store,
      models: new ModelRegistry([served]),
      readAccess: async () => {
        if (denied) throw new NotAllowedError('Not allowed: maturity.read');
      },
      now: () => NOW,
    });
    const middleware = MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    });
    return express().use(router).use(middleware.error());
  }

  beforeEach(() => {
    queries.length = 0;
    denied = false;
  });

  it('serves the titles in the language asked for, the default language otherwise', async () => {
    const [accuracy, leadTime] = model.indicators!;
    const bilingual = parseModelObject({
      ...model,
      indicators: [
        {
          ...accuracy,
          title: { en: accuracy.title, 'zh-CN': '配置准确率' },
          description: {
            en: accuracy.description,
            'zh-CN': '配置准确的实体占比。',
          },
        },
        leadTime,
      ],
    }).localized!;
    const titles = (res: request.Response) =>
      res.body.indicators.map((i: { title: string }) => i.title);

    const byQuery = await request(app(bilingual)).get('/indicators?lang=zh-CN');
    expect(byQuery.status).toBe(200);
    expect(byQuery.headers['content-language']).toBe('zh-CN');
    expect(titles(byQuery)).toEqual(['配置准确率', 'Lead time']);
    expect(byQuery.body.indicators[0].description).toBe('配置准确的实体占比。');

    const byHeader = await request(app(bilingual))
      .get('/indicators')
      .set('Accept-Language', 'fr;q=0.9, zh;q=0.8, en;q=0.1');
    expect(byHeader.headers['content-language']).toBe('zh-CN');
    expect(titles(byHeader)[0]).toBe('配置准确率');

    const queryFirst = await request(app(bilingual))
      .get('/indicators?lang=en-US')
      .set('Accept-Language', 'zh-CN');
    expect(queryFirst.headers['content-language']).toBe('en');
    expect(titles(queryFirst)[0]).toBe('Configuration accuracy');

    const fallback = await request(app(bilingual)).get('/indicators?lang=fr');
    expect(fallback.status).toBe(200);
    expect(fallback.headers['content-language']).toBe('en');
    expect(titles(fallback)[0]).toBe('Configuration accuracy');

    const malformed = await request(app(bilingual)).get(
      '/indicators?lang=zh_CN',
    );
    expect(malformed.status).toBe(400);
  });

  it('lists every indicator of the model with its latest value and daily history', async () => {
    const res = await request(app()).get('/indicators?group=payments-team');
    expect(res.status).toBe(200);
    expect(queries).toEqual([
      {
        modelId: 'kpi-model',
        groupRef: 'group:default/payments-team',
        // 180 days including today
        fromDay: '2026-02-12',
      },
    ]);
    expect(res.body).toEqual({
      modelId: 'kpi-model',
      groupRef: 'group:default/payments-team',
      computedAt: '2026-08-09T02:00:00.000Z',
      indicators: [
        {
          id: 'config-accuracy',
          title: 'Configuration accuracy',
          description: 'Share of entities whose configuration is accurate.',
          unit: '%',
          target: 100,
          direction: 'increase',
          reference: 'YD/T 3763.1',
          value: 75,
          met: false,
          entityCount: 3,
          noDataCount: 1,
          history: [
            { date: '2026-08-08', value: 50 },
            { date: '2026-08-09', value: 75 },
          ],
        },
        {
          id: 'lead-time',
          title: 'Lead time',
          unit: 'hours',
          target: 24,
          direction: 'decrease',
          value: null,
          met: null,
          entityCount: 0,
          noDataCount: 4,
          history: [{ date: '2026-08-09', value: null }],
        },
      ],
    });
  });

  it('serves the org without a group', async () => {
    const res = await request(app()).get('/indicators?model=kpi-model');
    expect(res.status).toBe(200);
    expect(res.body.groupRef).toBeNull();
    expect(queries).toEqual([expect.objectContaining({ groupRef: null })]);
    // an empty group is refused like everywhere else in the API
    expect((await request(app()).get('/indicators?group=')).status).toBe(400);
  });

  it('answers 404 for an unknown model or group and 400 for a malformed group', async () => {
    const unknownModel = await request(app()).get('/indicators?model=nope');
    expect(unknownModel.status).toBe(404);
    expect(unknownModel.body.error.message).toContain(
      "No maturity model 'nope'",
    );
    const ghost = await request(app()).get('/indicators?group=ghost');
    expect(ghost.status).toBe(404);
    expect(ghost.body.error.message).toContain('group:default/ghost');
    const malformed = await request(app()).get(
      '/indicators?group=user:default/alice',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('Invalid group');
  });

  it('reads nothing when access is denied', async () => {
    denied = true;
    const res = await request(app()).get('/indicators');
    expect(res.status).toBe(403);
    expect(queries).toEqual([]);
  });
});

describe('GET /indicators (plugin)', () => {
  async function start(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
    return startTestBackend({
      features: [
        maturityPlugin,
        catalogServiceMock.factory({ entities: demoEntities }),
        mockServices.permissions.factory({ result }),
      ],
    });
  }
  const user = mockCredentials.user.header('user:default/alice');

  it('is authenticated, authorised like the rollups and validated', async () => {
    const backend = await start(AuthorizeResult.ALLOW);
    try {
      const server = backend.server;
      const get = (path: string) =>
        request(server).get(`/api/maturity${path}`).set('Authorization', user);
      const anonymous = await request(server)
        .get('/api/maturity/indicators')
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
      const org = await get('/indicators');
      expect(org.status).toBe(200);
      expect(org.body).toMatchObject({
        modelId: 'caict-devops',
        groupRef: null,
      });
      expect(org.body.indicators.map((i: { id: string }) => i.id)).toEqual(
        (defaultModel().indicators ?? []).map(i => i.id),
      );
      expect((await get('/indicators?model=nope')).status).toBe(404);
      expect((await get('/indicators?group=a:b:c')).status).toBe(400);
    } finally {
      await backend.stop();
    }
  });

  it('is forbidden without the read permission', async () => {
    const backend = await start(AuthorizeResult.DENY);
    try {
      const res = await request(backend.server)
        .get('/api/maturity/indicators')
        .set('Authorization', user);
      expect(res.status).toBe(403);
    } finally {
      await backend.stop();
    }
  });
});
