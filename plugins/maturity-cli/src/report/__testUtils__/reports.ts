import type {
  CheckView,
  DomainView,
  EntityReport,
  ReportFormatter,
  ReportHeader,
} from '../types';

const COUNTS = {
  passed: 1,
  failed: 1,
  unknown: 0,
  waived: 0,
  error: 0,
  notApplicable: 0,
};

/** A check result as reports show it. */
export function checkView(overrides: Partial<CheckView> = {}): CheckView {
  return {
    checkId: 'sre-on-call',
    title: 'An on-call rotation pages for the service',
    domainId: 'sre',
    capabilityId: 'sre-incidents',
    level: 1,
    status: 'passed',
    message: "annotation pagerduty.com/service-id is set ('P1')",
    source: 'catalog',
    remediation: 'Add the `pagerduty.com/service-id` annotation.',
    ...overrides,
  };
}

/** One domain of an entity at level 1 that needs one check for level 2. */
export function domainView(overrides: Partial<DomainView> = {}): DomainView {
  return {
    domainId: 'sre',
    title: 'Site Reliability Engineering',
    applicable: true,
    level: 1,
    levelTitle: 'Initial',
    score: 0.5,
    counts: COUNTS,
    passing: [checkView()],
    nextLevel: {
      level: 2,
      levelTitle: 'Foundation',
      checks: [
        checkView({
          checkId: 'sre-slo-defined',
          title: 'SLOs are defined',
          level: 2,
          status: 'failed',
          message: 'slo is missing',
          remediation: 'Define SLOs.\n\nSee the SRE guide.',
        }),
      ],
    },
    ...overrides,
  };
}

/** An entity at level 1 with one domain. */
export function entityReport(
  name: string,
  overrides: Partial<EntityReport> = {},
): EntityReport {
  const domain = domainView();
  return {
    entityRef: `component:default/${name}`,
    location: { file: 'catalog-info.yaml', document: 1, line: 1 },
    level: 1,
    levelTitle: 'Initial',
    score: 0.5,
    counts: COUNTS,
    domains: [domain],
    checks: [...domain.passing, ...domain.nextLevel!.checks],
    ...overrides,
  };
}

/** The header of a report on the test model. */
export function reportHeader(
  overrides: Partial<ReportHeader> = {},
): ReportHeader {
  return {
    model: { id: 'small', title: 'Small', version: '1.0', file: 'm.yaml' },
    evaluatedAt: '2026-01-01T00:00:00.000Z',
    offline: true,
    domainId: null,
    problems: [],
    ...overrides,
  };
}

/** Everything a formatter prints for these entities. */
export function formatAll(
  formatter: ReportFormatter,
  entities: EntityReport[],
): string {
  return (
    formatter.start() +
    entities.map(entity => formatter.entity(entity)).join('') +
    formatter.end()
  );
}
