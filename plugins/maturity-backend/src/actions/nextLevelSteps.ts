import type { EntityScorecard } from '@devops-maturity/plugin-maturity-common';

/** One thing to do for the next level of a domain. */
export interface NextLevelStep {
  domainId: string;
  domainTitle: string;
  currentLevel: number | null;
  targetLevel: number;
  checkId: string;
  title: string;
  status: string;
  message: string;
  remediation?: string;
  links: Array<{ title: string; url: string }>;
}

/**
 * What an entity has to fix to reach the next level, per domain (or in one
 * domain), weakest domains first — the "what do I do next" answer.
 */
export function nextLevelSteps(
  scorecard: EntityScorecard,
  domainId?: string,
): NextLevelStep[] {
  const domains = scorecard.domains
    .filter(
      d =>
        d.applicable && d.nextLevel && (!domainId || d.domainId === domainId),
    )
    .sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
  return domains.flatMap(domain => {
    const wanted = new Set(domain.nextLevel!.checkIds);
    return domain.capabilities
      .flatMap(c => c.checks)
      .filter(check => wanted.has(check.checkId))
      .map(check => ({
        domainId: domain.domainId,
        domainTitle: domain.title,
        currentLevel: domain.level,
        targetLevel: domain.nextLevel!.level,
        checkId: check.checkId,
        title: check.title,
        status: check.status,
        message: check.message,
        remediation: check.remediation?.markdown,
        links: (check.remediation?.links ?? []).map(l => ({
          title: l.title,
          url: l.url,
        })),
      }));
  });
}
