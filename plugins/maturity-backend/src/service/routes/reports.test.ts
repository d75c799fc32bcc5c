import { TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  EntityScorecard,
  MaturityReport,
  ProjectScorecardParts,
} from '@devops-maturity/plugin-maturity-common';
import { createHash } from 'crypto';
import { demoEntities } from '../../__testUtils__/demoEntities';
import {
  maturityApi,
  startMaturityBackend,
  testDatabase,
} from '../../__testUtils__/maturityTestBackend';

jest.setTimeout(120_000);

const HOSTILE = '<script>alert(1)</script>|x';
const SYSTEM = 'system:default/payments';
const PARTS = [
  'component:default/clearing-batch',
  'component:default/quickpay-gateway',
];

/** The demo catalog, the system with its parts and a hostile annotation. */
const entities: Entity[] = demoEntities.map(entity => {
  if (entity.kind === 'System') {
    return {
      ...entity,
      relations: [
        ...(entity.relations ?? []),
        ...PARTS.map(targetRef => ({ type: 'hasPart', targetRef })),
        // not a part kind: ignored
        { type: 'hasPart', targetRef: 'group:default/clearing-team' },
      ],
    };
  }
  if (entity.metadata.name === 'clearing-batch') {
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: { 'github.com/project-slug': HOSTILE },
      },
    };
  }
  return entity;
});

const sha256 = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('report routes, %p', databaseId => {
  let backend: Awaited<ReturnType<typeof startMaturityBackend>>;
  let api: ReturnType<typeof maturityApi>;

  beforeAll(async () => {
    backend = await startMaturityBackend({
      database: await testDatabase(databases, databaseId),
      entities,
      runOnStartup: true,
    });
    api = maturityApi(backend.server);
    const attested = await api.post('/attestations', {
      entityRef: 'component:default/quickpay-gateway',
      checkId: 'agile-backlog',
      evidenceUrl: 'https://evidence.example/backlog',
    });
    if (attested.status !== 201) throw new Error(attested.text);
    const waived = await api.post('/waivers', {
      entityRef: 'component:default/clearing-batch',
      checkId: 'cd-source-in-version-control',
      reason: 'Mainframe job, sources kept in the vendor tool',
    });
    if (waived.status !== 201) throw new Error(waived.text);
  });
  afterAll(() => backend.stop());

  async function scorecard(ref: string): Promise<EntityScorecard> {
    const [kind, rest] = ref.split(':');
    const res = await api.get(`/entities/${kind}/${rest}/scorecard`);
    expect(res.status).toBe(200);
    return res.body;
  }

  it('reads a system with its parts, each domain as its weakest entity', async () => {
    const res = await api.get(
      '/entities/system/default/payments/scorecard?include=parts',
    );
    expect(res.status).toBe(200);
    const body: EntityScorecard & { parts: ProjectScorecardParts } = res.body;
    expect(body.entityRef).toBe(SYSTEM);
    expect(body.parts.entities.map(e => e.entityRef)).toEqual([
      SYSTEM,
      ...PARTS,
    ]);
    const cards = await Promise.all([SYSTEM, ...PARTS].map(scorecard));
    for (const domain of body.parts.domains) {
      const levels = cards
        .map(c => c.domains.find(d => d.domainId === domain.domainId)?.level)
        .filter((l): l is number => typeof l === 'number');
      expect(domain.level).toBe(levels.length ? Math.min(...levels) : null);
      expect(domain.entityCount).toBe(levels.length);
    }
    const levels = body.parts.domains
      .map(d => d.level)
      .filter((l): l is number => l !== null);
    expect(body.parts.level).toBe(Math.min(...levels));
  });

  it('answers 400 for include=parts on a component', async () => {
    const res = await api.get(
      '/entities/component/default/quickpay-gateway/scorecard?include=parts',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('include=parts');
  });

  it('generates a JSON report with levels, evidence and history', async () => {
    const res = await api.get('/reports/system/default/payments');
    expect(res.status).toBe(200);
    const report: MaturityReport = res.body;
    expect(report.cover.scope).toEqual({
      kind: 'system',
      entityRef: SYSTEM,
      entityCount: 3,
    });
    expect(report.cover.generatedBy).toBe('user:default/alice');
    expect(report.cover.model.id).toBe('caict-devops');
    const parts = (
      await api.get('/entities/system/default/payments/scorecard?include=parts')
    ).body.parts as ProjectScorecardParts;
    expect(report.summary.domains.map(d => [d.domainId, d.level])).toEqual(
      parts.domains.map(d => [d.domainId, d.level]),
    );
    const checks = report.domains.flatMap(d =>
      d.capabilities.flatMap(c => c.checks),
    );
    const backlog = checks.find(c => c.checkId === 'agile-backlog')!;
    const attested = backlog.results.find(
      r => r.entityRef === 'component:default/quickpay-gateway',
    )!;
    expect(attested.status).toBe('passed');
    expect(attested.evidence.attestation).toMatchObject({
      evidenceUrl: 'https://evidence.example/backlog',
      author: 'user:default/alice',
    });
    const source = checks.find(
      c => c.checkId === 'cd-source-in-version-control',
    )!;
    const waived = source.results.find(
      r => r.entityRef === 'component:default/clearing-batch',
    )!;
    expect(waived.status).toBe('waived');
    expect(waived.evidence.waiver).toEqual({
      justification: 'Mainframe job, sources kept in the vendor tool',
      approver: 'user:default/alice',
    });
    expect(waived.evidence.annotations).toContainEqual({
      key: 'github.com/project-slug',
      value: HOSTILE,
    });
    for (const domain of report.domains) {
      expect(domain.history).toHaveLength(13);
      expect(domain.history[12].level).toBe(domain.level);
    }
    expect(report.appendix.levels).toHaveLength(5);
  });

  it('renders HTML that shows hostile text as text, in English and Chinese', async () => {
    const res = await api.get('/reports/system/default/payments?format=html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toContain(
      "default-src 'none'",
    );
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;|x');
    expect(res.text).toContain('https://evidence.example/backlog');

    const zh = await api.get(
      '/reports/system/default/payments?format=html&lang=zh-CN',
    );
    expect(zh.status).toBe(200);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(zh.text).toContain('DevOps 能力成熟度评估报告');
    expect(zh.text).toContain('持续交付');
  });

  it('renders Markdown with hostile text escaped', async () => {
    const res = await api.get(
      '/reports/system/default/payments?format=markdown&domains=continuous-delivery',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/markdown');
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;\\|x');
    expect(res.text).not.toContain('## Agile');
  });

  it('restricts a report to the requested domains', async () => {
    const res = await api.get(
      '/reports/system/default/payments?domains=continuous-delivery,agile',
    );
    expect(res.status).toBe(200);
    expect(
      res.body.domains.map((d: { domainId: string }) => d.domainId),
    ).toEqual(['agile', 'continuous-delivery']);
    expect(res.body.cover.domainFilter).toEqual([
      'agile',
      'continuous-delivery',
    ]);
  });

  it('reports a group with its nested teams and what they own', async () => {
    const res = await api.get('/reports/group/default/payments-dept');
    expect(res.status).toBe(200);
    const refs = res.body.entities.map(
      (e: { entityRef: string }) => e.entityRef,
    );
    expect(refs[0]).toBe('group:default/payments-dept');
    expect(refs).toEqual(
      expect.arrayContaining([
        'group:default/quickpay-team',
        'group:default/clearing-team',
        'component:default/quickpay-gateway',
        'component:default/clearing-batch',
        'system:default/payments',
      ]),
    );
    expect(refs).not.toContain('component:default/orphan-service');
  });

  it.each([
    ['/reports/component/default/quickpay-gateway', 'kind'],
    ['/reports/system/default/payments?model=nope', 'model'],
    ['/reports/system/default/payments?domains=nope', 'domains'],
    ['/reports/system/default/payments?domains=agile,nope', 'nope'],
    ['/reports/system/default/payments?format=pdf', 'format'],
    ['/reports/system/default/payments?lang=not_a_tag', 'lang'],
  ])('GET %s answers 400 naming %s', async (path, name) => {
    const res = await api.get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(name);
  });

  it.each([
    '/reports/system/default/unknown',
    '/reports/group/default/unknown',
    '/reports/saved/00000000-0000-0000-0000-000000000000',
  ])('GET %s answers 404', async path => {
    const res = await api.get(path);
    expect(res.status).toBe(404);
  });

  it('saves a frozen report, lists it and serves it exactly as hashed', async () => {
    const created = await api.post('/reports', {
      scope: SYSTEM,
      domains: ['continuous-delivery'],
      lang: 'zh-CN',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      scopeRef: SYSTEM,
      scopeKind: 'system',
      modelId: 'caict-devops',
      language: 'zh-CN',
      domains: ['continuous-delivery'],
      createdBy: 'user:default/alice',
    });
    const { id } = created.body;

    const list = await api.get(`/reports?scope=${SYSTEM}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);
    expect(
      (await api.get('/reports?scope=group:default/bank')).body.items,
    ).toEqual([]);

    const json = await api.get(`/reports/saved/${id}`).buffer(true);
    expect(json.status).toBe(200);
    expect(sha256(json.text)).toBe(created.body.sha256);
    expect(json.headers['x-content-sha256']).toBe(created.body.sha256);
    expect(Buffer.byteLength(json.text)).toBe(created.body.size);
    expect(JSON.parse(json.text).cover.domainFilter).toEqual([
      'continuous-delivery',
    ]);

    for (const format of ['html', 'markdown']) {
      const res = await api
        .get(`/reports/saved/${id}?format=${format}`)
        .buffer(true)
        .parse((r, done) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (chunk: string) => (text += chunk));
          r.on('end', () => done(null, text));
        });
      expect(res.status).toBe(200);
      expect(sha256(res.body)).toBe(res.headers['x-content-sha256']);
      expect(res.body).toContain('持续交付');
    }
  });

  it.each([
    [{ scope: 'component:default/quickpay-gateway' }, 'scope'],
    [{ scope: 'payments' }, 'scope'],
    [{ scope: SYSTEM, model: 'nope' }, 'model'],
    [{ scope: SYSTEM, domains: ['nope'] }, 'domains'],
    [{ scope: SYSTEM, extra: 1 }, 'additional properties'],
    [{}, 'scope'],
  ])('POST /reports %j answers 400 naming %s', async (body, name) => {
    const res = await api.post('/reports', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(name);
  });

  it('POST /reports answers 404 for an unknown system', async () => {
    const res = await api.post('/reports', { scope: 'system:default/unknown' });
    expect(res.status).toBe(404);
  });
});

describe('report routes without permission', () => {
  let backend: Awaited<ReturnType<typeof startMaturityBackend>>;
  let api: ReturnType<typeof maturityApi>;
  beforeAll(async () => {
    backend = await startMaturityBackend({
      entities,
      permission: AuthorizeResult.DENY,
    });
    api = maturityApi(backend.server);
  });
  afterAll(() => backend.stop());

  it.each([
    '/reports/system/default/payments',
    '/reports/group/default/payments-dept?format=html',
    `/reports?scope=${SYSTEM}`,
    '/reports/saved/00000000-0000-0000-0000-000000000000',
    '/entities/system/default/payments/scorecard?include=parts',
  ])('GET %s answers 403', async path => {
    expect((await api.get(path)).status).toBe(403);
  });

  it('POST /reports answers 403', async () => {
    const res = await api.post('/reports', { scope: SYSTEM });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('maturity.report.create');
  });
});
