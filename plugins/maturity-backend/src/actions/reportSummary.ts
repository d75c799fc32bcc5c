import type { MaturityReport } from '@devops-maturity/plugin-maturity-common';

/** Entity refs quoted per gap; `entityCount` tells how many fail it. */
const GAP_ENTITY_REFS = 10;

/** Check results by status (not-applicable results are left out). */
export type CheckCounts = Record<
  'passed' | 'failed' | 'unknown' | 'waived' | 'error',
  number
>;

const COUNTED: Array<keyof CheckCounts> = [
  'passed',
  'failed',
  'unknown',
  'waived',
  'error',
];

/** A check of a domain's next level that entities of the scope do not pass. */
export interface ReportSummaryGap {
  domainId: string;
  domainTitle: string;
  /** The scope's level of the domain now. */
  level: number;
  targetLevel: number;
  checkId: string;
  title: string;
  /** How many entities of the scope do not pass it. */
  entityCount: number;
  /** The first of them. */
  entityRefs: string[];
}

/** The headline of a report: what an assistant answers "how mature is X" with. */
export interface ReportSummary {
  scope: MaturityReport['cover']['scope'];
  model: MaturityReport['cover']['model'];
  generatedAt: string;
  level: number | null;
  score: number;
  counts: {
    entities: number;
    evaluated: number;
    notEvaluated: number;
    checks: CheckCounts;
  };
  domains: Array<{
    domainId: string;
    title: string;
    level: number | null;
    score: number;
    entityCount: number;
    weakestEntityRefs: string[];
    checks: CheckCounts;
  }>;
  topGaps: ReportSummaryGap[];
}

function zeroCounts(): CheckCounts {
  return { passed: 0, failed: 0, unknown: 0, waived: 0, error: 0 };
}

/**
 * The summary of a report: the level and score per domain, result counts,
 * and the gaps to the next level — weakest domains first, then the checks
 * most entities fail — at most `gapLimit` of them.
 */
export function reportSummary(
  report: MaturityReport,
  gapLimit: number,
): ReportSummary {
  const total = zeroCounts();
  const domains = report.domains.map(domain => {
    const checks = zeroCounts();
    for (const capability of domain.capabilities) {
      for (const check of capability.checks) {
        for (const status of COUNTED) {
          const n = check.counts[status] ?? 0;
          checks[status] += n;
          total[status] += n;
        }
      }
    }
    return {
      domainId: domain.domainId,
      title: domain.title,
      level: domain.level,
      score: domain.score,
      entityCount: domain.entityCount,
      weakestEntityRefs: domain.weakestEntityRefs,
      checks,
    };
  });

  const gaps = report.domains
    .filter(d => d.level !== null && d.nextLevel)
    .sort((a, b) => a.level! - b.level!)
    .flatMap(domain =>
      [...domain.nextLevel!.checks]
        .sort((a, b) => b.entityRefs.length - a.entityRefs.length)
        .map(check => ({
          domainId: domain.domainId,
          domainTitle: domain.title,
          level: domain.level!,
          targetLevel: domain.nextLevel!.level,
          checkId: check.checkId,
          title: check.title,
          entityCount: check.entityRefs.length,
          entityRefs: check.entityRefs.slice(0, GAP_ENTITY_REFS),
        })),
    );

  const notEvaluated = report.entities.filter(e => e.notEvaluated).length;
  return {
    scope: report.cover.scope,
    model: report.cover.model,
    generatedAt: report.cover.generatedAt,
    level: report.summary.level,
    score: report.summary.score,
    counts: {
      entities: report.entities.length,
      evaluated: report.entities.length - notEvaluated,
      notEvaluated,
      checks: total,
    },
    domains,
    topGaps: gaps.slice(0, gapLimit),
  };
}
