import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotAllowedError } from '@backstage/errors';
import {
  Campaign,
  loadModelOrThrow,
} from '@devops-maturity/plugin-maturity-common';
import express from 'express';
import fs from 'fs';
import request from 'supertest';
import { CampaignService } from '../../campaigns/CampaignService';
import { defaultModelPath } from '../../model/loadModels';
import { ModelRegistry } from '../../model/ModelRegistry';
import { spec } from '../../schema/openapi.generated';
import type { DatabaseMaturityStore } from '../../store/DatabaseMaturityStore';
import { withReadCache } from '../../store/withReadCache';
import {
  createStore,
  createTestDatabases,
  evaluation,
} from '../../store/__testUtils__/fixtures';
import { g, GROUPS } from '../../store/__testUtils__/orgFixture';
import { registerCampaignProgressRoutes } from './campaignProgress';
import { registerCampaignRoutes } from './campaigns';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const models = new ModelRegistry([
  loadModelOrThrow(fs.readFileSync(defaultModelPath(), 'utf8')),
]);
const NOW = new Date('2026-12-06T12:00:00.000Z');
const svc = (name: string) => `component:default/${name}`;

const body = {
  title: 'SRE L3 by spring',
  owner: 'group:default/retail',
  modelId: 'caict-devops',
  targets: [{ domain: 'sre', level: 3 }],
  scope: { groups: ['group:default/retail'], filter: { kind: 'component' } },
  startDate: '2026-11-20',
  targetDate: '2027-03-01',
};

const configCampaign: Campaign = {
  ...body,
  id: 'from-config',
  title: 'Declared as code',
  state: 'active',
  source: 'config',
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
};

/** Seeds groups and three services with SRE history reaching back before the campaign. */
async function seed(store: DatabaseMaturityStore) {
  await store.replaceGroups(GROUPS);
  const write = (name: string, owner: string, sre: number) =>
    evaluation({
      entityRef: svc(name),
      modelId: 'caict-devops',
      ownerRef: g(owner),
      level: sre,
      domains: { sre },
      checks:
        sre < 3
          ? [
              {
                checkId: 'sre-overload-protection',
                domainId: 'sre',
                level: 3,
                status: 'failed',
              },
            ]
          : [],
    });
  await store.applyEvaluations(
    [
      write('ledger', 'payments-core', 3),
      write('api', 'payments', 1),
      write('web', 'cards', 2),
    ],
    new Date('2026-10-01T08:00:00Z'),
  );
  await store.applyEvaluations(
    [write('api', 'payments', 3)],
    new Date('2026-11-28T08:00:00Z'),
  );
}

describe('campaign routes', () => {
  let deniedRead = false;
  let deniedManage = false;

  async function setup(databaseId: TestDatabaseId = 'SQLITE_3') {
    const { store } = await createStore(databases, databaseId);
    await seed(store);
    const router = createValidatedOpenApiRouter(spec as any, {
      middleware: [express.json()],
    }) as unknown as express.Router;
    const campaigns = new CampaignService({
      store,
      models,
      configCampaigns: [configCampaign],
      now: () => NOW,
    });
    registerCampaignRoutes(router, {
      campaigns,
      readAccess: async () => {
        if (deniedRead) throw new NotAllowedError('Not allowed: read');
      },
      manageAccess: async () => {
        if (deniedManage) {
          throw new NotAllowedError('Not allowed: maturity.campaign.manage');
        }
        return 'user:default/admin';
      },
    });
    registerCampaignProgressRoutes(router, {
      campaigns,
      readAccess: async () => {
        if (deniedRead) throw new NotAllowedError('Not allowed: read');
      },
    });
    const middleware = MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    });
    return { store, app: express().use(router).use(middleware.error()) };
  }

  beforeEach(() => {
    deniedRead = false;
    deniedManage = false;
  });

  it('creates a campaign with an id from its title, and refuses a taken id', async () => {
    const { app } = await setup();
    const created = await request(app).post('/campaigns').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      campaign: expect.objectContaining({
        id: 'sre-l3-by-spring',
        state: 'active',
        source: 'api',
        createdBy: 'user:default/admin',
      }),
      warnings: [],
    });
    const again = await request(app).post('/campaigns').send(body);
    expect(again.body.campaign.id).toBe('sre-l3-by-spring-2');

    for (const id of ['sre-l3-by-spring', 'from-config']) {
      const taken = await request(app)
        .post('/campaigns')
        .send({ ...body, id });
      expect(taken.status).toBe(409);
      expect(taken.body.error.message).toContain(`"${id}" exists`);
    }
  });

  it('warns about a scope that matches nothing or names unknown groups', async () => {
    const { app } = await setup();
    const res = await request(app)
      .post('/campaigns')
      .send({ ...body, scope: { groups: ['group:default/ghost'] } });
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([
      'scope matches no entity',
      'scope.groups[0]: no group "group:default/ghost" is known yet',
    ]);
  });

  it.each([
    [
      { targetDate: '2026-11-01' },
      'targetDate: must be after startDate (2026-11-20)',
    ],
    [
      { targets: [{ domain: 'y', level: 3 }] },
      'targets[0].domain: unknown domain "y" of model "caict-devops"',
    ],
    [{ modelId: 'x' }, 'modelId: unknown model "x"'],
    [
      {
        targets: [
          { domain: 'sre', level: 3 },
          { domain: 'overall', level: 6 },
        ],
      },
      'targets[1].level: must be 1..5',
    ],
    [{ owner: 'component:default/x' }, 'owner: must be a group or user'],
    [{ state: 'completed' }, 'state: must be one of draft, active'],
  ])('answers 400 naming the field for %j', async (change, message) => {
    const { app, store } = await setup();
    const res = await request(app)
      .post('/campaigns')
      .send({ ...body, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(message);
    expect(await store.listCampaigns({})).toEqual([]);
  });

  it('answers 400 for a malformed body or id', async () => {
    const { app } = await setup();
    expect((await request(app).post('/campaigns').send([1])).status).toBe(400);
    expect((await request(app).get('/campaigns/Not_An_Id')).status).toBe(400);
    expect((await request(app).get('/campaigns?state=gone')).status).toBe(400);
  });

  it('answers 403 without the manage permission and writes nothing', async () => {
    const { app, store } = await setup();
    const id = (await request(app).post('/campaigns').send(body)).body.campaign
      .id;
    deniedManage = true;
    expect((await request(app).post('/campaigns').send(body)).status).toBe(403);
    expect((await request(app).put(`/campaigns/${id}`).send(body)).status).toBe(
      403,
    );
    expect((await request(app).post(`/campaigns/${id}/archive`)).status).toBe(
      403,
    );
    expect(await store.listCampaignAudit(id)).toHaveLength(1);
    deniedRead = true;
    for (const path of [
      '/campaigns',
      `/campaigns/${id}`,
      `/campaigns/${id}/progress`,
      `/campaigns/${id}/audit`,
      '/entities/component/default/api/campaigns',
      '/groups/default/retail/campaigns',
    ]) {
      expect((await request(app).get(path)).status).toBe(403);
    }
  });

  it('updates with an audit entry, archives, and keeps archived campaigns readable', async () => {
    const { app } = await setup();
    const { id } = (await request(app).post('/campaigns').send(body)).body
      .campaign;
    const updated = await request(app)
      .put(`/campaigns/${id}`)
      .send({ ...body, targetDate: '2027-04-01', state: 'completed' });
    expect(updated.status).toBe(200);
    expect(updated.body.campaign).toMatchObject({
      targetDate: '2027-04-01',
      state: 'completed',
    });
    const kept = await request(app)
      .put(`/campaigns/${id}`)
      .send({ ...body, title: 'Renamed' });
    expect(kept.body.campaign).toMatchObject({
      title: 'Renamed',
      state: 'completed',
    });
    const bad = await request(app)
      .put(`/campaigns/${id}`)
      .send({ ...body, targets: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('targets: must list at least one');

    const archived = await request(app).post(`/campaigns/${id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.campaign.state).toBe('archived');
    expect(
      (await request(app).get(`/campaigns/${id}`)).body.campaign.state,
    ).toBe('archived');
    expect((await request(app).get(`/campaigns/${id}/progress`)).status).toBe(
      200,
    );
    const edit = await request(app).put(`/campaigns/${id}`).send(body);
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toContain('archived');

    const audit = await request(app).get(`/campaigns/${id}/audit`);
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual([
      'create',
      'update',
      'update',
      'archive',
    ]);
    expect(audit.body.items[1]).toMatchObject({
      actor: 'user:default/admin',
      at: NOW.toISOString(),
      changes: {
        targetDate: { before: '2027-03-01', after: '2027-04-01' },
        state: { before: 'active', after: 'completed' },
      },
    });

    const list = async (query = '') =>
      (await request(app).get(`/campaigns${query}`)).body.items.map(
        (c: Campaign) => c.id,
      );
    expect(await list()).toEqual(['from-config']);
    expect(await list('?state=archived')).toEqual([id]);
  });

  it('answers 404 for unknown ids and 409 for config campaigns', async () => {
    const { app } = await setup();
    for (const res of [
      await request(app).get('/campaigns/nope'),
      await request(app).get('/campaigns/nope/progress'),
      await request(app).get('/campaigns/nope/audit'),
      await request(app).put('/campaigns/nope').send(body),
      await request(app).post('/campaigns/nope/archive'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('No campaign "nope"');
    }
    const config = await request(app).get('/campaigns/from-config');
    expect(config.body.campaign).toMatchObject({ source: 'config' });
    expect(
      (await request(app).put('/campaigns/from-config').send(body)).status,
    ).toBe(409);
    const archive = await request(app).post('/campaigns/from-config/archive');
    expect(archive.status).toBe(409);
    expect(archive.body.error.message).toContain('read-only');
    expect(
      (await request(app).get('/campaigns/from-config/audit')).body.items,
    ).toEqual([]);
  });

  it.each(databases.eachSupportedId())(
    'derives progress from levels now and history from before the campaign existed, %p',
    async databaseId => {
      const { app } = await setup(databaseId);
      const res = await request(app).get('/campaigns/from-config/progress');
      expect(res.status).toBe(200);
      const progress = res.body;
      expect(progress).toMatchObject({
        inScope: 3,
        meeting: 2,
        ratio: 0.6667,
        daysLeft: 85,
        warnings: [],
      });
      // 20 Nov .. 6 Dec; api reached SRE 3 on 28 Nov
      expect(progress.burnup).toHaveLength(17);
      expect(progress.burnup[0]).toEqual({
        date: '2026-11-20',
        meeting: 1,
        inScope: 3,
        ideal: 1,
      });
      expect(progress.burnup[8]).toMatchObject({
        date: '2026-11-28',
        meeting: 2,
      });
      // one entity in the last 14 days: the last one in 14 more
      expect(progress.projectedDate).toBe('2026-12-20');
      expect(progress.atRisk).toBe(false);
      expect(progress).toMatchObject({
        entityTotal: 3,
        entityOffset: 0,
        entityLimit: 100,
      });
      // not meeting first, then by remaining checks, then by ref
      expect(progress.entities).toEqual([
        {
          entityRef: svc('web'),
          kind: 'Component',
          owner: g('cards'),
          meets: false,
          targets: [{ domain: 'sre', target: 3, level: 2, meets: false }],
          remainingChecks: [
            {
              checkId: 'sre-overload-protection',
              title:
                'Timeouts, rate limits and circuit breakers protect the service and its callers',
              domain: 'sre',
              level: 3,
              status: 'failed',
            },
          ],
        },
        {
          entityRef: svc('api'),
          kind: 'Component',
          owner: g('payments'),
          meets: true,
          targets: [{ domain: 'sre', target: 3, level: 3, meets: true }],
          remainingChecks: [],
        },
        expect.objectContaining({ entityRef: svc('ledger'), meets: true }),
      ]);
      expect(
        progress.teams.map((t: Record<string, unknown>) => [
          t.groupRef,
          t.depth,
          t.inScope,
          t.meeting,
          t.lag,
        ]),
      ).toEqual([
        [g('cards'), 1, 1, 0, 1],
        [g('retail'), 0, 3, 2, 1],
        [g('payments'), 1, 2, 2, 0],
        [g('payments-core'), 2, 1, 1, 0],
      ]);

      const list = await request(app).get('/campaigns');
      expect(list.body.items[0].progress).toEqual({
        inScope: 3,
        meeting: 2,
        ratio: 0.6667,
        daysLeft: 85,
        atRisk: false,
        projectedDate: '2026-12-20',
      });
    },
  );

  it("lists an entity's active campaigns and a group's campaigns restricted to its entities", async () => {
    const { app } = await setup();
    await request(app)
      .post('/campaigns')
      .send({ ...body, id: 'draft-one', state: 'draft' });
    const web = await request(app).get(
      '/entities/component/default/web/campaigns',
    );
    expect(web.status).toBe(200);
    expect(web.body.items).toEqual([
      {
        campaign: expect.objectContaining({ id: 'from-config' }),
        meets: false,
        targets: [{ domain: 'sre', target: 3, level: 2, meets: false }],
        remainingChecks: [
          expect.objectContaining({ checkId: 'sre-overload-protection' }),
        ],
        daysLeft: 85,
      },
    ]);
    expect(
      (await request(app).get('/entities/component/default/other/campaigns'))
        .body.items,
    ).toEqual([]);

    const payments = await request(app).get(
      '/groups/default/payments/campaigns',
    );
    expect(
      payments.body.items.map((c: { id: string; progress: object }) => [
        c.id,
        c.progress,
      ]),
    ).toEqual([
      [
        'draft-one',
        expect.objectContaining({ inScope: 2, meeting: 2, ratio: 1 }),
      ],
      ['from-config', expect.objectContaining({ inScope: 2, meeting: 2 })],
    ]);
    expect(
      (await request(app).get('/groups/default/platform/campaigns')).body.items,
    ).toEqual([]);
  });

  it.each(databases.eachSupportedId())(
    'pages, filters and searches the entities of the progress, %p',
    async databaseId => {
      const { app } = await setup(databaseId);
      const page = async (query: string) => {
        const res = await request(app).get(
          `/campaigns/from-config/progress?${query}`,
        );
        expect(res.status).toBe(200);
        return {
          refs: res.body.entities.map((e: { entityRef: string }) =>
            e.entityRef.replace('component:default/', ''),
          ),
          total: res.body.entityTotal,
          inScope: res.body.inScope,
          meeting: res.body.meeting,
          offset: res.body.entityOffset,
          limit: res.body.entityLimit,
        };
      };
      expect(await page('entityLimit=1&entityOffset=1')).toEqual({
        refs: ['api'],
        total: 3,
        inScope: 3,
        meeting: 2,
        offset: 1,
        limit: 1,
      });
      expect(await page('entityOffset=3')).toMatchObject({
        refs: [],
        total: 3,
      });
      expect(await page('entityFilter=behind')).toMatchObject({
        refs: ['web'],
        total: 1,
        inScope: 3,
        meeting: 2,
      });
      expect(await page('entityFilter=meeting')).toMatchObject({
        refs: ['api', 'ledger'],
        total: 2,
      });
      // payments-core is nested under payments
      expect(
        await page(`team=${encodeURIComponent(g('payments'))}`),
      ).toMatchObject({
        refs: ['api', 'ledger'],
        total: 2,
      });
      expect(await page('team=cards&entityFilter=meeting')).toMatchObject({
        refs: [],
        total: 0,
      });
      expect(await page('q=LEDG')).toMatchObject({ refs: ['ledger'] });
    },
  );

  it.each([
    ['entityLimit=0', 'entityLimit'],
    ['entityLimit=1001', 'entityLimit'],
    ['entityLimit=ten', 'entityLimit'],
    ['entityOffset=-1', 'entityOffset'],
    ['entityFilter=late', 'entityFilter'],
    ['team=component%3Adefault%2Fapi', 'team'],
    ['team=group:default/payments', 'team'],
  ])('answers 400 naming the parameter for %p', async (query, param) => {
    const { app } = await setup();
    const res = await request(app).get(
      `/campaigns/from-config/progress?${query}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(param);
  });

  it.each([
    ['entityFilter=late', 'entityFilter'],
    ['team=component%3Adefault%2Fapi', 'team'],
  ])('answers 400 naming the CSV parameter for %p', async (query, param) => {
    const { app } = await setup();
    const res = await request(app).get(
      `/campaigns/from-config/entities.csv?${query}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(param);
  });

  it.each(databases.eachSupportedId())(
    'streams every matching entity as CSV, %p',
    async databaseId => {
      const { app } = await setup(databaseId);
      const res = await request(app).get('/campaigns/from-config/entities.csv');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="maturity-campaign-from-config.csv"',
      );
      expect(res.text.split('\r\n')).toEqual([
        '\ufeffentityRef,title,kind,owner,meets,Site Reliability Engineering level,Site Reliability Engineering target,remainingChecks,remainingCheckTitles,remainingCheckIds',
        `${svc('web')},,Component,${g(
          'cards',
        )},false,2,3,1,"Timeouts, rate limits and circuit breakers protect the service and its callers",sre-overload-protection`,
        `${svc('api')},,Component,${g('payments')},true,3,3,0,,`,
        `${svc('ledger')},,Component,${g('payments-core')},true,3,3,0,,`,
        '',
      ]);
      const behind = await request(app).get(
        '/campaigns/from-config/entities.csv?entityFilter=meeting&q=api',
      );
      expect(behind.text.split('\r\n').slice(1)).toEqual([
        `${svc('api')},,Component,${g('payments')},true,3,3,0,,`,
        '',
      ]);
      expect(
        (await request(app).get('/campaigns/nope/entities.csv')).status,
      ).toBe(404);
    },
  );

  it('reads remaining checks only for the entities a request returns', async () => {
    const { store, app } = await setup();
    const read = jest.spyOn(store, 'readCampaignChecks');
    const refsRead = () =>
      read.mock.calls.map(([q]) => q.entities.map(e => e.entityRef));
    // meeting entities have none: nothing to read
    const meeting = await request(app).get(
      '/campaigns/from-config/progress?entityFilter=meeting',
    );
    expect(meeting.body.entities).toHaveLength(2);
    expect(refsRead()).toEqual([]);
    const page = await request(app).get(
      '/campaigns/from-config/progress?entityLimit=1',
    );
    expect(page.body.entities[0].remainingChecks).toHaveLength(1);
    expect(refsRead()).toEqual([[svc('web')]]);
    expect(read.mock.calls[0][0].entities[0].notMet).toEqual([
      { domain: 'sre', level: 3 },
    ]);
    // an entity meeting the targets: nothing to read
    await request(app).get(`/entities/component/default/ledger/campaigns`);
    expect(refsRead()).toEqual([[svc('web')]]);
    await request(app).get('/campaigns/from-config/entities.csv');
    expect(refsRead()).toEqual([[svc('web')], [svc('web')]]);
  });

  it('refuses the CSV without read access', async () => {
    const { app } = await setup();
    deniedRead = true;
    const res = await request(app).get('/campaigns/from-config/entities.csv');
    expect(res.status).toBe(403);
  });

  it.each(databases.eachSupportedId())(
    'computes the progress once per cached scope read, anew after a write, %p',
    async databaseId => {
      const { store: raw } = await setup(databaseId);
      // as in the plugin: the store behind the read cache
      const store = withReadCache(raw, { ttlMs: 60_000 });
      const campaigns = new CampaignService({
        store,
        models,
        configCampaigns: [configCampaign],
        now: () => NOW,
      });
      const first = await campaigns.progress('from-config');
      await campaigns.entityCampaigns(svc('web'));
      expect(await campaigns.progress('from-config')).toBe(first);
      const page = { filter: 'behind' as const, offset: 0, limit: 10 };
      expect(await first.pageJson(page)).toBe(
        await first.pageJson({ ...page }),
      );

      await store.applyEvaluations(
        [
          evaluation({
            entityRef: svc('web'),
            modelId: 'caict-devops',
            ownerRef: g('cards'),
            level: 3,
            domains: { sre: 3 },
            checks: [],
          }),
        ],
        new Date('2026-12-05T08:00:00Z'),
      );
      const next = await campaigns.progress('from-config');
      expect(next).not.toBe(first);
      expect(await next.page(page)).toMatchObject({
        meeting: 3,
        entityTotal: 0,
      });
    },
  );
});
