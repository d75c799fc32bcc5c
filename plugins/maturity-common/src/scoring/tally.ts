import type {
  CheckStatus,
  CheckStatusCounts,
  NextLevelRequirement,
} from '../results/types';

/** Status counts and level bounds of a set of checks. */
export interface Tally {
  checks: CheckStatusCounts;
  /** The highest level of an applicable check; 0 when none applies. */
  maxLevel: number;
  /** The lowest level of an applicable check neither passed nor waived; 6 when none. */
  lowestBlocking: number;
}

/** Tallies the checks at `indices`. */
export function tallyChecks(
  indices: ReadonlyArray<number>,
  levels: ReadonlyArray<number>,
  statuses: ReadonlyArray<CheckStatus>,
): Tally {
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
  return {
    checks: { passed, failed, unknown, waived, error, notApplicable },
    maxLevel,
    lowestBlocking,
  };
}

/** Counts of no checks. */
export function emptyCounts(): CheckStatusCounts {
  return {
    passed: 0,
    failed: 0,
    unknown: 0,
    waived: 0,
    error: 0,
    notApplicable: 0,
  };
}

/** Adds the counts of `other` to `into`. */
export function addCounts(
  into: CheckStatusCounts,
  other: CheckStatusCounts,
): void {
  into.passed += other.passed;
  into.failed += other.failed;
  into.unknown += other.unknown;
  into.waived += other.waived;
  into.error += other.error;
  into.notApplicable += other.notApplicable;
}

/** Adds the checks tallied in `other` to `into` (e.g. a capability's to its domain's). */
export function addTally(into: Tally, other: Tally): void {
  addCounts(into.checks, other.checks);
  if (other.maxLevel > into.maxLevel) into.maxLevel = other.maxLevel;
  if (other.lowestBlocking < into.lowestBlocking)
    into.lowestBlocking = other.lowestBlocking;
}

/** How many of the tallied checks apply. */
export function applicableCount(checks: CheckStatusCounts): number {
  return (
    checks.passed +
    checks.failed +
    checks.unknown +
    checks.waived +
    checks.error
  );
}

/**
 * The cumulative level of tallied checks: the highest L such that every
 * applicable check with level ≤ L is passed or waived, capped at the highest
 * level that has an applicable check; 0 when a level-1 check is not passed;
 * `null` when no check applies.
 */
export function levelOf(tally: Tally): number | null {
  if (applicableCount(tally.checks) === 0) return null;
  return Math.min(tally.lowestBlocking - 1, tally.maxLevel);
}

/** The applicable checks of the level after `level` at `indices` that are neither passed nor waived. */
export function nextLevelOf(
  level: number,
  indices: ReadonlyArray<number>,
  levels: ReadonlyArray<number>,
  statuses: ReadonlyArray<CheckStatus>,
  ids: ReadonlyArray<string>,
): NextLevelRequirement {
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
  return { level: next, checkIds };
}
