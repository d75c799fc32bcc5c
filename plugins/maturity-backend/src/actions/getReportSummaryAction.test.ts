import type { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import type { MaturityReport } from '@devops-maturity/plugin-maturity-common';
import {
  DENIED_USER,
  startActionsBackend,
} from '../__testUtils__/actionsTestBackend';
import { demoEntities } from '../__testUtils__/demoEntities';
import { maturityApi } from '../__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const PARTS = [
  'component:default/clearing-batch',
  'component:default/quickpay-gateway',
];

/** The demo catalog with the payments system's parts. */
const entities: Entity[] = demoEntities.map(entity =>
  entity.kind === 'System'
    ? {
        ...entity,
        relations: [
          ...(entity.relations ?? []),
          ...PARTS.map(targetRef => ({ type: 'hasPart', targetRef })),
        ],
      }
    : entity,
);

describe('maturity:get-report-summary', () => {
  let actions: Awaited<ReturnType<typeof startActionsBackend>>;

  beforeAll(async () => {
    actions = await startActionsBackend({ entities });
  });
  afterAll(() => actions.backend.stop());

  const restReport = async (path: string): Promise<MaturityReport> => {
    const res = await maturityApi(actions.backend.server).get(path);
    expect(res.status).toBe(200);
    return JSON.parse(res.text);
  };

  it("summarises a system's report: levels per domain, counts, gaps weakest domain first", async () => {
    const report = await restReport('/reports/system/default/payments');
    const output = await actions.invoke('get-report-summary', {
      scopeRef: 'system:default/payments',
      gapLimit: 50,
    });

    expect(output.scope).toEqual(report.cover.scope);
    expect(output.scope.entityCount).toBe(3);
    expect(output.model).toEqual(report.cover.model);
    expect(output.level).toBe(report.summary.level);
    expect(output.score).toBe(report.summary.score);
    expect(
      output.domains.map((d: any) => [d.domainId, d.level, d.entityCount]),
    ).toEqual(
      report.summary.domains.map(d => [d.domainId, d.level, d.entityCount]),
    );
    expect(output.counts).toMatchObject({
      entities: 3,
      evaluated: 3,
      notEvaluated: 0,
    });
    const sre = report.domains.find(d => d.domainId === 'sre')!;
    const sreChecks = sre.capabilities.flatMap(c => c.checks);
    expect(
      output.domains.find((d: any) => d.domainId === 'sre').checks,
    ).toEqual({
      passed: sreChecks.reduce((n, c) => n + (c.counts.passed ?? 0), 0),
      failed: sreChecks.reduce((n, c) => n + (c.counts.failed ?? 0), 0),
      unknown: sreChecks.reduce((n, c) => n + (c.counts.unknown ?? 0), 0),
      waived: sreChecks.reduce((n, c) => n + (c.counts.waived ?? 0), 0),
      error: sreChecks.reduce((n, c) => n + (c.counts.error ?? 0), 0),
    });

    // every gap is a check of the domain's next level that those entities fail
    expect(output.topGaps.length).toBeGreaterThan(0);
    for (const gap of output.topGaps) {
      const domain = report.domains.find(d => d.domainId === gap.domainId)!;
      expect(gap.level).toBe(domain.level);
      expect(gap.targetLevel).toBe(domain.nextLevel!.level);
      const check = domain.nextLevel!.checks.find(
        c => c.checkId === gap.checkId,
      )!;
      expect(gap.entityRefs).toEqual(check.entityRefs);
    }
    const levels = output.topGaps.map((g: any) => g.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));

    const top = await actions.invoke('get-report-summary', {
      scopeRef: 'system:default/payments',
      gapLimit: 2,
    });
    expect(top.topGaps).toEqual(output.topGaps.slice(0, 2));
  });

  it("summarises a group's report over its nested teams, in the domains asked for", async () => {
    const output = await actions.invoke('get-report-summary', {
      scopeRef: 'group:default/payments-dept',
      domains: ['sre'],
    });
    const report = await restReport(
      '/reports/group/default/payments-dept?domains=sre',
    );
    expect(output.scope).toEqual(report.cover.scope);
    expect(output.domains.map((d: any) => d.domainId)).toEqual(['sre']);
    expect(output.domains[0].level).toBe(report.summary.domains[0].level);
  });

  it('rejects a scope that is neither a system nor a group, and unknown domains', async () => {
    await expect(
      actions.invoke('get-report-summary', {
        scopeRef: 'component:default/quickpay-gateway',
      }),
    ).rejects.toThrow(
      new InputError(
        "Invalid scopeRef kind 'component': a report covers a system or a group",
      ),
    );
    await expect(
      actions.invoke('get-report-summary', {
        scopeRef: 'system:default/payments',
        domains: ['nope'],
      }),
    ).rejects.toThrow(/unknown domain 'nope'/);
  });

  it('needs maturity.scorecard.read, like GET /reports/{kind}/{ns}/{name}', async () => {
    await expect(
      actions.invoke(
        'get-report-summary',
        { scopeRef: 'system:default/payments' },
        DENIED_USER,
      ),
    ).rejects.toThrow(
      new NotAllowedError('Not allowed: maturity.scorecard.read'),
    );
  });
});
