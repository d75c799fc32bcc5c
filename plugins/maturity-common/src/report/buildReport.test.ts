import { buildReport } from './buildReport';
import { reportInput } from '../__testUtils__/reportFixture';

describe('buildReport', () => {
  it('grades each domain as its weakest part and the whole as the weakest domain', () => {
    const report = buildReport(reportInput());
    expect(report.summary.domains.map(d => [d.domainId, d.level])).toEqual([
      ['cd', 1],
      ['sre', 1],
    ]);
    expect(report.summary.level).toBe(1);
    const cd = report.domains[0];
    expect(cd.title).toBe('Continuous delivery');
    expect(cd.part).toBe('YD/T 3763.3');
    expect(cd.entityCount).toBe(2);
    expect(cd.weakestEntityRefs).toEqual(['component:default/pay-api']);
    // passed 3 + 1 of 6 applicable
    expect(cd.score).toBeCloseTo(4 / 6);
    expect(
      report.entities.map(e => [e.entityRef, e.level, e.notEvaluated]),
    ).toEqual([
      ['system:default/pay', 1, undefined],
      ['component:default/pay-api', 1, undefined],
      ['resource:default/pay-db', null, true],
    ]);
  });

  it('fills the cover and the appendix', () => {
    const report = buildReport(reportInput());
    expect(report.cover).toEqual({
      scope: {
        kind: 'system',
        entityRef: 'system:default/pay',
        title: 'Payments',
        entityCount: 3,
      },
      model: { id: 'm', title: 'Model', version: '1.2.0' },
      language: 'en',
      generatedAt: '2026-12-06T10:00:00.000Z',
      generatedBy: 'user:default/ann',
    });
    expect(report.appendix.levels).toHaveLength(5);
    expect(report.appendix.notes.at(-1)).toBe(
      'Attestations and waivers are those in force when the report was generated.',
    );
    const offline = buildReport({
      ...reportInput(),
      attestationsIncluded: false,
    });
    expect(offline.appendix.notes).toEqual(report.appendix.notes.slice(0, -1));
  });

  it('quotes the evidence of each result', () => {
    const report = buildReport(reportInput());
    const checks = report.domains[0].capabilities[0].checks;
    const owner = checks[0].results[0];
    expect(owner.evidence.annotations).toEqual([
      { key: 'example.com/owner', value: '<script>alert(1)</script>|x' },
    ]);
    expect(checks[0].results[1].evidence.annotations).toEqual([
      { key: 'example.com/owner' },
    ]);
    expect(checks[1].results[0].evidence.facts).toEqual([
      {
        fact: 'techInsights.dora.deploysPerDay',
        value: 3,
        recordedAt: '2026-11-20T00:00:00.000Z',
      },
    ]);
    const runbook = checks[2];
    expect(runbook.verification).toBe('attestation');
    // the attestation record is shown as evidence, not as a raw value
    expect(runbook.results[0]).not.toHaveProperty('value');
    expect(runbook.results[0].evidence.attestation).toEqual({
      evidenceUrl: 'https://wiki.example.com/runbook-review',
      author: 'user:default/bob',
      attestedAt: '2026-11-01T00:00:00.000Z',
      expiresAt: '2027-01-30T00:00:00.000Z',
    });
    expect(runbook.results[1].evidence.waiver).toEqual({
      justification: 'Decommissioned in Q1',
      approver: 'user:default/cto',
      expiresAt: '2027-03-31T00:00:00.000Z',
    });
    expect(runbook.counts).toEqual({ passed: 1, waived: 1 });
    expect(
      report.domains[1].capabilities[0].checks[0].results[0].evidence.links,
    ).toEqual([{ url: 'https://runbooks.example.com/pay', title: 'Runbook' }]);
  });

  it('lists the gaps to the next level with the entities that fail them', () => {
    const cd = buildReport(reportInput()).domains[0];
    expect(cd.nextLevel).toEqual({
      level: 2,
      checks: [
        {
          checkId: 'deploys',
          title: 'Deploys daily',
          entityRefs: ['component:default/pay-api'],
        },
      ],
    });
  });

  it('gives the scope level at each of the last 12 month ends', () => {
    const history = buildReport(reportInput()).domains[0].history;
    expect(history).toHaveLength(13);
    const at = (day: string) => history.find(p => p.at.startsWith(day))?.level;
    expect(at('2025-12-31')).toBeNull();
    expect(at('2026-01-31')).toBe(1);
    expect(at('2026-09-30')).toBe(3);
    expect(at('2026-10-31')).toBe(2);
    expect(at('2026-11-30')).toBe(1);
    expect(history[12]).toEqual({ at: '2026-12-06T10:00:00.000Z', level: 1 });
  });

  it('restricts the report to the requested domains', () => {
    const report = buildReport({ ...reportInput(), domains: ['sre'] });
    expect(report.domains.map(d => d.domainId)).toEqual(['sre']);
    expect(report.cover.domainFilter).toEqual(['sre']);
    expect(report.entities[1].level).toBe(1);
  });

  it('uses Chinese notes for zh-CN', () => {
    const report = buildReport({ ...reportInput(), language: 'zh-CN' });
    expect(report.appendix.notes[0]).toContain('领域级别');
  });
});
