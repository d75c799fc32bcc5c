import type {
  CheckStatus,
  CheckStatusCounts,
  NextLevelRequirement,
} from '../results/types';

/** The summary of a set of check results. */
export interface LevelSummary {
  applicable: boolean;
  level: number | null;
  score: number;
  checks: CheckStatusCounts;
  nextLevel?: NextLevelRequirement;
}

/**
 * Summarises the checks at `indices` onto `target`: a cumulative level: the highest L
 * such that every applicable check with level ≤ L is passed or waived, capped
 * at the highest level that has an applicable check; 0 when a level-1 check is
 * not passed; `null` when no check applies. Score is passed and waived over
 * applicable checks.
 */
export function summarize<T extends object>(
  target: T,
  indices: ReadonlyArray<number>,
  levels: ReadonlyArray<number>,
  statuses: ReadonlyArray<CheckStatus>,
  ids: ReadonlyArray<string>,
): T & LevelSummary {
  const out = target as T & LevelSummary;
  let passed = 0;
  let failed = 0;
  let unknown = 0;
  let waived = 0;
  let error = 0;
  let notApplicable = 0;
  let maxLevel = 0;
  let lowestBlocking = 6;
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i];
    const status = statuses[index];
    if (status === 'not-applicable') {
      notApplicable += 1;
      continue;
    }
    const level = levels[index];
    if (level > maxLevel) maxLevel = level;
    if (status === 'passed') passed += 1;
    else if (status === 'waived') waived += 1;
    else {
      if (status === 'failed') failed += 1;
      else if (status === 'unknown') unknown += 1;
      else error += 1;
      if (level < lowestBlocking) lowestBlocking = level;
    }
  }
  const checks = { passed, failed, unknown, waived, error, notApplicable };
  const applicable = passed + failed + unknown + waived + error;
  if (applicable === 0) {
    out.applicable = false;
    out.level = null;
    out.score = 0;
    out.checks = checks;
    return out;
  }
  const level = Math.min(lowestBlocking - 1, maxLevel);
  out.applicable = true;
  out.level = level;
  out.score = (passed + waived) / applicable;
  out.checks = checks;
  if (level >= maxLevel) return out;
  const next = level + 1;
  const checkIds: string[] = [];
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i];
    const status = statuses[index];
    if (
      levels[index] === next &&
      status !== 'passed' &&
      status !== 'waived' &&
      status !== 'not-applicable'
    ) {
      checkIds.push(ids[index]);
    }
  }
  out.nextLevel = { level: next, checkIds };
  return out;
}
