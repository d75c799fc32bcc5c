import type {
  MaturityReport,
  ReportDomain,
} from '@devops-maturity/plugin-maturity-common';
import { reportSummary } from './reportSummary';

const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => `component:default/s${i}`);

function domain(
  domainId: string,
  level: number | null,
  gaps: Array<[string, number]>,
  counts: Record<string, number> = {},
): ReportDomain {
  return {
    domainId,
    title: domainId.toUpperCase(),
    level,
    score: 0.5,
    entityCount: 12,
    weakestEntityRefs: refs(1),
    history: [],
    capabilities: [
      {
        capabilityId: `${domainId}-cap`,
        title: 'Capability',
        checks: [
          {
            checkId: `${domainId}-check`,
            title: 'Check',
            level: 1,
            verification: 'rule',
            facts: [],
            counts,
            results: [],
          },
        ],
      },
    ],
    ...(level !== null
      ? {
          nextLevel: {
            level: level + 1,
            checks: gaps.map(([checkId, n]) => ({
              checkId,
              title: checkId,
              entityRefs: refs(n),
            })),
          },
        }
      : {}),
  };
}

const report = {
  schemaVersion: 1,
  cover: {
    scope: { kind: 'system', entityRef: 'system:default/p', entityCount: 3 },
    model: { id: 'm', title: 'M', version: '1' },
    language: 'en',
    generatedAt: '2026-12-07T00:00:00.000Z',
    generatedBy: 'user:default/alice',
  },
  summary: { level: 1, score: 0.5, domains: [] },
  entities: [
    { entityRef: 'system:default/p', kind: 'System', level: 1, score: 0.5 },
    { entityRef: 'component:default/a', kind: 'Component', level: 2, score: 1 },
    {
      entityRef: 'component:default/b',
      kind: 'Component',
      level: null,
      score: 0,
      notEvaluated: true,
    },
  ],
  domains: [
    domain(
      'a',
      2,
      [
        ['a-x', 1],
        ['a-y', 12],
      ],
      { passed: 2, failed: 1, 'not-applicable': 4 },
    ),
    domain('b', 1, [['b-z', 2]], { unknown: 1, waived: 1, error: 1 }),
    domain('c', null, []),
  ],
  appendix: { levels: [], notes: [] },
} as MaturityReport;

describe('reportSummary', () => {
  it('lists the gaps of the weakest domains first, then the checks most entities fail', () => {
    const { topGaps } = reportSummary(report, 10);
    expect(topGaps.map(g => [g.checkId, g.level, g.targetLevel])).toEqual([
      ['b-z', 1, 2],
      ['a-y', 2, 3],
      ['a-x', 2, 3],
    ]);
    // at most ten refs quoted, the count says how many
    expect(topGaps[1]).toMatchObject({ entityCount: 12, domainTitle: 'A' });
    expect(topGaps[1].entityRefs).toEqual(refs(10));
    expect(reportSummary(report, 2).topGaps.map(g => g.checkId)).toEqual([
      'b-z',
      'a-y',
    ]);
  });

  it('counts entities and check results per domain and overall, not-applicable left out', () => {
    const summary = reportSummary(report, 0);
    expect(summary.topGaps).toEqual([]);
    expect(summary.counts).toEqual({
      entities: 3,
      evaluated: 2,
      notEvaluated: 1,
      checks: { passed: 2, failed: 1, unknown: 1, waived: 1, error: 1 },
    });
    expect(summary.domains.map(d => [d.domainId, d.level, d.checks])).toEqual([
      ['a', 2, { passed: 2, failed: 1, unknown: 0, waived: 0, error: 0 }],
      ['b', 1, { passed: 0, failed: 0, unknown: 1, waived: 1, error: 1 }],
      ['c', null, { passed: 0, failed: 0, unknown: 0, waived: 0, error: 0 }],
    ]);
  });
});
