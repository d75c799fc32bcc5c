import type {
  EntityScorecard,
  ScorecardCheck,
  ScorecardDomain,
} from '../api/types';
import { domainPriority, sortDomains } from './domains';

/** A check standing between a domain and its next level. */
export interface NextStep {
  domainId: string;
  domainTitle: string;
  /** The level the domain reaches once all its steps are done. */
  targetLevel: number;
  check: ScorecardCheck;
}

/** Every check of a domain, with its capability title. */
export function domainChecks(
  domain: ScorecardDomain,
): Array<ScorecardCheck & { capabilityTitle: string }> {
  return domain.capabilities.flatMap(capability =>
    capability.checks.map(check => ({
      ...check,
      capabilityTitle: capability.title,
    })),
  );
}

/** The checks a domain still has to pass to reach its next level. */
export function domainNextSteps(domain: ScorecardDomain): NextStep[] {
  const next = domain.nextLevel;
  if (!domain.applicable || !next) return [];
  const byId = new Map(domainChecks(domain).map(c => [c.checkId, c]));
  return next.checkIds.flatMap(checkId => {
    const check = byId.get(checkId);
    return check
      ? [
          {
            domainId: domain.domainId,
            domainTitle: domain.title,
            targetLevel: next.level,
            check,
          },
        ]
      : [];
  });
}

/**
 * The steps that raise the overall (weakest-link) level: the next-level
 * checks of every applicable domain sitting at the overall level, Platform
 * Engineering and SRE first.
 */
export function overallNextSteps(scorecard: EntityScorecard): NextStep[] {
  if (scorecard.level === null) return [];
  const weakest = scorecard.domains.filter(
    d => d.applicable && d.level === scorecard.level,
  );
  return sortDomains(weakest, d => ({
    id: d.domainId,
    title: d.title,
  })).flatMap(domainNextSteps);
}

/**
 * The most useful next steps across all domains: lowest target level first,
 * then Platform Engineering and SRE, then model order.
 */
export function topNextSteps(
  scorecard: EntityScorecard,
  count: number,
): NextStep[] {
  const ranked = scorecard.domains.flatMap((domain, index) =>
    domainNextSteps(domain).map(step => ({
      step,
      index,
      rank: domainPriority({ id: domain.domainId, title: domain.title }),
    })),
  );
  return ranked
    .sort(
      (a, b) =>
        a.step.targetLevel - b.step.targetLevel ||
        a.rank - b.rank ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ step }) => step);
}
