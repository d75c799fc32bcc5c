import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { expandScorecard } from '@devops-maturity/plugin-maturity-common';
import request from 'supertest';
import { demoEntities } from '../__testUtils__/demoEntities';
import { maturityPlugin } from '../plugin';

jest.setTimeout(60_000);

async function startBackend(
  result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  return startTestBackend({
    features: [
      maturityPlugin,
      catalogServiceMock.factory({ entities: demoEntities }),
      // Runs the evaluation task once at startup.
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      ...(result ? [mockServices.permissions.factory({ result })] : []),
    ],
  });
}

const user = mockCredentials.user.header('user:default/alice');
const base = '/api/maturity';

describe('maturity router', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let server: any;

  beforeAll(async () => {
    backend = await startBackend(AuthorizeResult.ALLOW);
    server = backend.server;
  });
  afterAll(() => backend.stop());

  const get = (path: string) =>
    request(server).get(`${base}${path}`).set('Authorization', user);
  const post = (path: string, body: object) =>
    request(server)
      .post(`${base}${path}`)
      .set('Authorization', user)
      .send(body);

  it('serves health without credentials', async () => {
    const res = await request(server).get(`${base}/health`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('lists models and serves one', async () => {
    const list = await get('/models');
    expect(list.status).toBe(200);
    expect(list.body.defaultModelId).toBe('caict-devops');
    const sre = list.body.items[0].domains.find((d: any) => d.id === 'sre');
    expect(sre.checkCount).toBeGreaterThanOrEqual(12);
    const model = await get('/models/caict-devops');
    expect(model.body.domains).toHaveLength(12);
    expect((await get('/models/nope')).status).toBe(404);
  });

  it('serves the stored scorecard of an evaluated entity', async () => {
    const res = await get(
      '/entities/component/default/quickpay-gateway/scorecard',
    );
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('component:default/quickpay-gateway');
    expect(res.body.ownerRef).toBe('group:default/quickpay-team');
    expect(res.body.domains).toHaveLength(12);
    const sre = res.body.domains.find((d: any) => d.domainId === 'sre');
    expect(sre.applicable).toBe(true);
    const checks = sre.capabilities.flatMap((c: any) => c.checks);
    const onCall = checks.find(
      (c: any) => c.status === 'passed' && c.source === 'catalog',
    );
    expect(onCall).toBeDefined();
    // No TechInsights here: fact checks are unknown, never failed.
    const factChecks = checks.filter((c: any) => c.source === 'techInsights');
    expect(factChecks.length).toBeGreaterThan(0);
    expect(factChecks.every((c: any) => c.status === 'unknown')).toBe(true);
  });

  it('serves only the results on request, which the model expands to the full scorecard', async () => {
    const path = '/entities/component/default/quickpay-gateway/scorecard';
    const full = await get(path);
    const results = await get(`${path}?view=results`);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({
      entityRef: 'component:default/quickpay-gateway',
      modelId: 'caict-devops',
      level: full.body.level,
    });
    expect(results.body.checks[0]).not.toHaveProperty('remediation');
    expect(results.text.length).toBeLessThan(full.text.length / 2);
    const model = (await get('/models/caict-devops')).body;
    expect(
      JSON.parse(JSON.stringify(expandScorecard(model, results.body))),
    ).toEqual(full.body);
    expect((await get(`${path}?view=everything`)).status).toBe(400);
  });

  it('fails the owner check of an entity whose owner does not exist', async () => {
    const orphan = await get(
      '/entities/component/default/orphan-service/scorecard',
    );
    const owned = await get(
      '/entities/component/default/clearing-batch/scorecard',
    );
    const statusOf = (body: any, source: string) =>
      body.domains
        .flatMap((d: any) => d.capabilities.flatMap((c: any) => c.checks))
        .filter((c: any) => c.source === source)
        .map((c: any) => c.status);
    expect(statusOf(orphan.body, 'relations')).toContain('failed');
    expect(statusOf(owned.body, 'relations')).toContain('passed');
  });

  it('answers 404 for an entity without results and 400 for bad refs', async () => {
    expect(
      (await get('/entities/component/default/nope/scorecard')).status,
    ).toBe(404);
    const bad = await get('/entities/component/default/bad%20name/scorecard');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBeTruthy();
  });

  it('rejects unknown models, domains, levels and dates with 400', async () => {
    const cases = [
      '/entities/component/default/quickpay-gateway/scorecard?model=nope',
      '/entities?domain=nope',
      '/entities?minLevel=9',
      '/entities?minLevel=4&maxLevel=2',
      '/entities?group=user:default/alice',
      '/entities/component/default/quickpay-gateway/history?from=yesterday',
      '/entities/component/default/quickpay-gateway/history?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      '/gate?entityRef=component:default/quickpay-gateway&minLevel=9',
      '/gate?entityRef=not-a-ref&minLevel=2',
      '/gate?entityRef=component:default/quickpay-gateway',
      '/rollups/trend?domain=nope',
      '/attestations?entityRef=',
      '/entities?unknownParam=1',
    ];
    for (const path of cases) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.error.message).toEqual(expect.any(String));
    }
  });

  it('lists entities with filters and cursor paging', async () => {
    const first = await get('/entities?limit=2');
    expect(first.status).toBe(200);
    // three components, one system and the four groups' own scorecards
    expect(first.body.totalCount).toBe(8);
    expect(first.body.items).toHaveLength(2);
    const second = await get(
      `/entities?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect({ status: second.status, error: second.body.error }).toEqual({
      status: 200,
    });
    const refs = [...first.body.items, ...second.body.items].map(
      (i: any) => i.entityRef,
    );
    expect(new Set(refs).size).toBe(4);
    const team = await get(
      '/entities?group=group:default/payments-dept&kind=component',
    );
    expect(team.body.items.map((i: any) => i.entityRef).sort()).toEqual([
      'component:default/clearing-batch',
      'component:default/quickpay-gateway',
    ]);
  });

  it('rolls up nested groups', async () => {
    const dept = await get('/groups/default/payments-dept/rollup');
    expect({ status: dept.status, error: dept.body.error }).toEqual({
      status: 200,
    });
    // The system (owned by the department) plus one service per team.
    expect(dept.body.entityCount).toBe(3);
    expect(dept.body.children.map((c: any) => c.groupRef).sort()).toEqual([
      'group:default/clearing-team',
      'group:default/quickpay-team',
    ]);
    const sum = dept.body.children.reduce(
      (n: number, c: any) => n + c.entityCount,
      0,
    );
    expect(sum).toBe(2);
    expect((await get('/groups/default/nope/rollup')).status).toBe(404);
    const org = await get('/rollups');
    expect(org.body.rows.map((r: any) => r.groupRef)).toEqual(
      expect.arrayContaining([
        'group:default/bank',
        'group:default/payments-dept',
      ]),
    );
    // Its owner group does not exist in the catalog.
    expect(org.body.unowned).toEqual(
      expect.objectContaining({
        entityCount: 1,
        overall: expect.objectContaining({ entityCount: 1 }),
      }),
    );
    const unowned = await get('/entities?unowned=true');
    expect(unowned.body.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/orphan-service',
    ]);
    expect(
      (await get('/entities?unowned=true&group=group:default/bank')).status,
    ).toBe(400);
    expect((await get('/entities?unowned=yes')).status).toBe(400);
    const trend = await get('/rollups/trend?group=group:default/bank');
    expect(trend.status).toBe(200);
    expect(trend.body.items.length).toBeGreaterThan(0);
  });

  it('serves model text in the language asked for: ?lang=, then Accept-Language, else the default', async () => {
    const titleOf = (body: any, id: string) =>
      body.domains.find((d: any) => (d.id ?? d.domainId) === id).title;

    const list = await get('/models?lang=zh-CN');
    expect(list.headers['content-language']).toBe('zh-CN');
    expect(list.body.items[0]).toMatchObject({
      language: 'zh-CN',
      defaultLanguage: 'en',
      languages: ['en', 'zh-CN'],
    });
    expect(titleOf(list.body.items[0], 'continuous-delivery')).toBe('持续交付');
    expect(list.body.items[0].levels[0].title).toBe('初始级');

    const model = await get('/models/caict-devops').set(
      'Accept-Language',
      'fr-FR, zh;q=0.8, en;q=0.5',
    );
    expect(model.headers['content-language']).toBe('zh-CN');
    expect(model.headers.vary).toMatch(/Accept-Language/);
    expect(titleOf(model.body, 'sre')).toBe('系统可靠性与连续性工程（SRE）');

    const path = '/entities/component/default/quickpay-gateway/scorecard';
    const zh = await get(`${path}?lang=zh-CN`).set('Accept-Language', 'en');
    expect(zh.status).toBe(200);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(titleOf(zh.body, 'agile')).toBe('敏捷开发管理');
    const en = await get(`${path}?lang=en-US`);
    expect(en.headers['content-language']).toBe('en');
    expect(titleOf(en.body, 'agile')).toBe('Agile Development Management');
    // Check titles come in the language asked for; the stored messages were
    // built by the engine in English and stay so.
    const checks = (body: any) =>
      body.domains.flatMap((d: any) =>
        d.capabilities.flatMap((c: any) => c.checks),
      );
    const onCall = (body: any) =>
      checks(body).find((k: any) => (k.id ?? k.checkId) === 'sre-on-call');
    expect(onCall(zh.body).title).toBe('服务已配置值班轮换并可呼叫值班人员');
    expect(onCall(en.body).title).toBe(
      'An on-call rotation pages for the service',
    );
    expect(checks(zh.body).map((k: any) => k.message)).toEqual(
      checks(en.body).map((k: any) => k.message),
    );

    const fallback = await get(`${path}?lang=ja`);
    expect(fallback.headers['content-language']).toBe('en');
    expect(titleOf(fallback.body, 'agile')).toBe(
      'Agile Development Management',
    );

    const gate = await get(
      '/gate?entityRef=component:default/clearing-batch&minLevel=3&domain=sre&lang=zh-CN',
    );
    expect(gate.status).toBe(200);
    expect(gate.headers['content-language']).toBe('zh-CN');

    expect((await get(`${path}?lang=zh_CN`)).status).toBe(400);
    // Rollups carry ids only: lang is accepted (clients send it everywhere).
    expect((await get('/rollups?lang=zh-CN')).status).toBe(200);
    expect(
      (await get('/groups/default/payments-dept/rollup?lang=zh-CN')).status,
    ).not.toBe(400);
  });

  it('gates on a level and lists the blocking checks', async () => {
    const pass = await get(
      '/gate?entityRef=component:default/quickpay-gateway&minLevel=1&domain=platform-engineering',
    );
    expect({ status: pass.status, error: pass.body.error }).toEqual({
      status: 200,
    });
    const fail = await get(
      '/gate?entityRef=component:default/clearing-batch&minLevel=3&domain=sre',
    );
    expect(fail.body).toMatchObject({
      pass: false,
      required: 3,
      domainId: 'sre',
    });
    expect(fail.body.blocking.length).toBeGreaterThan(0);
    expect(fail.body.blocking.every((b: any) => b.level <= 3)).toBe(true);
    expect(
      (await get('/gate?entityRef=component:default/nope&minLevel=1')).status,
    ).toBe(404);
  });

  it('creates attestations and waivers with an audit trail and re-evaluates', async () => {
    const model = (await get('/models/caict-devops')).body;
    const checks = model.domains.flatMap((d: any) =>
      d.capabilities.flatMap((c: any) => c.checks),
    );
    const manual = checks.find((c: any) => c.attestation);
    const automated = checks.find((c: any) => c.rule);

    const badUrl = await post('/attestations', {
      entityRef: 'component:default/quickpay-gateway',
      checkId: manual.id,
      evidenceUrl: 'not a url',
    });
    expect(badUrl.status).toBe(400);
    const notManual = await post('/attestations', {
      entityRef: 'component:default/quickpay-gateway',
      checkId: automated.id,
      evidenceUrl: 'https://wiki.example/evidence',
    });
    expect(notManual.status).toBe(400);
    const unknownEntity = await post('/attestations', {
      entityRef: 'component:default/nope',
      checkId: manual.id,
      evidenceUrl: 'https://wiki.example/evidence',
    });
    expect(unknownEntity.status).toBe(404);

    const created = await post('/attestations', {
      entityRef: 'component:default/quickpay-gateway',
      checkId: manual.id,
      evidenceUrl: 'https://wiki.example/evidence',
      comment: 'Reviewed in the quarterly review',
    });
    expect(created.status).toBe(201);
    expect(created.body.author).toBe('user:default/alice');
    const scorecard = await get(
      '/entities/component/default/quickpay-gateway/scorecard',
    );
    const attested = scorecard.body.domains
      .flatMap((d: any) => d.capabilities.flatMap((c: any) => c.checks))
      .find((c: any) => c.checkId === manual.id);
    expect(attested.status).toBe('passed');

    const waiver = await post('/waivers', {
      entityRef: 'component:default/clearing-batch',
      checkId: automated.id,
      reason: 'Batch job, decommissioned in Q1',
    });
    expect(waiver.status).toBe(201);
    const revoke = await request(server)
      .delete(`${base}/waivers/${waiver.body.id}?reason=done`)
      .set('Authorization', user);
    expect(revoke.status).toBe(200);
    expect(revoke.body.revokedBy).toBe('user:default/alice');
    expect(
      (
        await request(server)
          .delete(`${base}/waivers/${waiver.body.id}`)
          .set('Authorization', user)
      ).status,
    ).toBe(400);
    expect(
      (
        await request(server)
          .delete(`${base}/waivers/nope`)
          .set('Authorization', user)
      ).status,
    ).toBe(404);

    const audit = await get(
      '/attestations?entityRef=component:default/quickpay-gateway',
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.audit[0]).toMatchObject({
      subject: 'attestation',
      action: 'created',
      actor: 'user:default/alice',
    });
    const waivers = await get(
      '/waivers?entityRef=component:default/clearing-batch',
    );
    expect(waivers.body.items[0].revokeReason).toBe('done');
  });

  it('rejects oversized and malformed bodies with 400', async () => {
    const big = await post('/evaluate', {
      entity: { kind: 'x', padding: 'x'.repeat(300_000) },
    });
    expect(big.status).toBe(400);
    const extra = await post('/waivers', {
      entityRef: 'component:default/a',
      checkId: 'x',
      reason: 'ok ok',
      extra: 1,
    });
    expect(extra.status).toBe(400);
    const short = await post('/waivers', {
      entityRef: 'component:default/a',
      checkId: 'x',
      reason: 'no',
    });
    expect(short.status).toBe(400);
  });

  it('answers unknown endpoints with a 404 that explains itself', async () => {
    for (const res of [
      await get('/'),
      await get('/nope'),
      await request(server).put(`${base}/runs`).set('Authorization', user),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/No such endpoint/);
    }
  });

  it('rejects NUL characters, which PostgreSQL cannot handle, with 400', async () => {
    const cursor = Buffer.from(JSON.stringify({ after: '\0' })).toString(
      'base64url',
    );
    const responses = [
      await get('/entities?kind=%00'),
      await get(`/entities?cursor=${cursor}`),
      await get('/waivers?entityRef=component:default/a%00'),
      await request(server)
        .delete(`${base}/waivers/%00`)
        .set('Authorization', user),
      await post('/waivers', {
        entityRef: 'component:default/clearing-batch',
        checkId: 'sre-slo-defined',
        reason: 'not \0 needed',
      }),
    ];
    responses.forEach((res, index) => {
      expect({ index, status: res.status }).toEqual({ index, status: 400 });
      expect(res.body.error.message).toEqual(expect.any(String));
    });
  });

  it('evaluates a posted entity without storing it', async () => {
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'new-service',
        annotations: { 'pagerduty.com/service-id': 'P1' },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'quickpay-team',
      },
    };
    const res = await post('/evaluate', {
      entity,
      facts: { sloFactRetriever: { sloDefined: true, alertDetectionRate: 95 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('component:default/new-service');
    const checks = res.body.domains.flatMap((d: any) =>
      d.capabilities.flatMap((c: any) => c.checks),
    );
    expect(
      checks.some(
        (c: any) => c.source === 'techInsights' && c.status === 'passed',
      ),
    ).toBe(true);
    // the owner exists in the catalog: the relation check passes, as in the portal
    expect(
      checks.find((c: any) => c.checkId === 'ops-owner-resolves'),
    ).toMatchObject({ status: 'passed' });
    expect(
      (await get('/entities/component/default/new-service/scorecard')).status,
    ).toBe(404);
    const invalid = await post('/evaluate', {
      entity: { ...entity, kind: 123, metadata: { name: 'New Service' } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toMatch(
      /^Invalid entity: entity\.kind: must be a string, got number; entity\.metadata\.name: "New Service" is not a valid name/,
    );
  });

  it('records runs and refreshes entities', async () => {
    const runs = await get('/runs');
    const scheduled = runs.body.items.find(
      (r: any) => r.trigger === 'scheduled',
    );
    // Three components, one system and the four groups (evaluated by default).
    expect(scheduled).toMatchObject({
      status: 'succeeded',
      entities: 8,
      errors: 0,
    });
    const refreshed = await post(
      '/entities/component/default/quickpay-gateway/refresh',
      {},
    );
    expect(refreshed.status).toBe(200);
    expect((await post('/runs', {})).status).toBe(202);
  });

  it('keeps history of level changes', async () => {
    const res = await get(
      '/entities/component/default/quickpay-gateway/history',
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.some((p: any) => p.domainId === null)).toBe(true);
  });

  it('requires credentials', async () => {
    const res = await request(server)
      .get(`${base}/models`)
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
    const noAuth = await request(server)
      .get(`${base}/entities/component/default/quickpay-gateway/scorecard`)
      .set('Authorization', 'Bearer nonsense');
    expect(noAuth.status).toBe(401);
  });
});

describe('maturity router without permission', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  beforeAll(async () => {
    backend = await startBackend(AuthorizeResult.DENY);
  });
  afterAll(() => backend.stop());

  it.each([
    ['get', '/models'],
    ['get', '/entities/component/default/quickpay-gateway/scorecard'],
    ['get', '/rollups'],
    ['get', '/gate?entityRef=component:default/quickpay-gateway&minLevel=1'],
    ['post', '/entities/component/default/quickpay-gateway/refresh'],
    ['post', '/runs'],
  ])('%s %s answers 403', async (method, path) => {
    const req =
      method === 'get'
        ? request(backend.server).get(`${base}${path}`)
        : request(backend.server).post(`${base}${path}`).send({});
    const res = await req.set('Authorization', user);
    expect(res.status).toBe(403);
  });

  it('refuses attestations', async () => {
    const model = (await request(backend.server).get(`${base}/health`)).status;
    expect(model).toBe(200);
    const res = await request(backend.server)
      .post(`${base}/waivers`)
      .set('Authorization', user)
      .send({
        entityRef: 'component:default/quickpay-gateway',
        checkId: 'sre-slo-defined',
        reason: 'not needed',
      });
    expect(res.status).toBe(403);
  });
});
