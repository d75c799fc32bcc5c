import type { CampaignTarget } from '@devops-maturity/plugin-maturity-common';
import type { StoredCheckResult } from '../types';

const FAILING = new Set(['failed', 'unknown', 'error']);
const OVERALL = 'overall';

/**
 * Whether a check still stands between an entity and the targets it does
 * not meet: failing (or unknown, or in error) at or below the level of one
 * of them, in its domain (any domain for `overall`).
 */
export function isRemainingCheck(
  check: Pick<StoredCheckResult, 'status' | 'level' | 'domainId'>,
  notMet: readonly CampaignTarget[],
): boolean {
  return (
    FAILING.has(check.status) &&
    notMet.some(
      t =>
        check.level <= t.level &&
        (t.domain === OVERALL || t.domain === check.domainId),
    )
  );
}

/** The targets an entity with these levels (0 when absent) does not meet. */
export function targetsNotMet(
  targets: readonly CampaignTarget[],
  levels: Readonly<Record<string, number>>,
): CampaignTarget[] {
  return targets.filter(t => (levels[t.domain] ?? 0) < t.level);
}
