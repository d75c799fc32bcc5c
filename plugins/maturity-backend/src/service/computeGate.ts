import type {
  EntityScorecard,
  GateResult,
} from '@devops-maturity/plugin-maturity-common';

const PASSING = new Set(['passed', 'waived', 'not-applicable']);

/**
 * Whether a scorecard reaches a level, overall or in one domain, and which
 * checks at or below that level stand in the way.
 */
export function computeGate(
  scorecard: EntityScorecard,
  required: number,
  domainId?: string,
): GateResult {
  const domains = domainId
    ? scorecard.domains.filter(d => d.domainId === domainId)
    : scorecard.domains;
  const level = domainId ? domains[0]?.level ?? null : scorecard.level;
  const blocking = domains.flatMap(domain =>
    domain.capabilities.flatMap(capability =>
      capability.checks
        .filter(check => check.level <= required && !PASSING.has(check.status))
        .map(check => ({
          checkId: check.checkId,
          title: check.title,
          domainId: domain.domainId,
          level: check.level,
          status: check.status,
          message: check.message,
        })),
    ),
  );
  return {
    pass: level !== null && level >= required,
    entityRef: scorecard.entityRef,
    modelId: scorecard.modelId,
    domainId: domainId ?? null,
    level,
    required,
    evaluatedAt: scorecard.evaluatedAt,
    blocking,
  };
}
