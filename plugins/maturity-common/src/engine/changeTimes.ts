import type { FactHistoryPoint } from '../evidence/types';
import { DAY } from './format';
import { parseTimestamp } from './parseTimestamp';

/**
 * When the outcome of `withinDays` on a date (`atMs`) changes after `nowMs`:
 * it passes while the date's age is at most `days`, fails once older or
 * more than `skewDays` ahead, and shows the age in whole days (a new text
 * each time a day has passed), except in the day after the limit, where
 * the age is shown to the hundredth: then it may change at any moment and
 * `nowMs` is returned.
 */
export function withinDaysChangesAt(
  atMs: number,
  nowMs: number,
  days: number,
  skewDays: number,
): number {
  const age = (nowMs - atMs) / DAY;
  if (age < -skewDays) return atMs - skewDays * DAY;
  const wholeDays = Math.floor(Math.max(age, 0));
  const nextDay = atMs + (wholeDays + 1) * DAY;
  if (age <= days) return Math.min(nextDay, atMs + days * DAY + 1);
  return wholeDays > days ? nextDay : nowMs;
}

/**
 * When the baseline a rolling trend window (`cutoffMs` = now − `days` − 1
 * days) picks from `history` changes: once the window has moved past the
 * first point after the cutoff. Infinity when no point is after it.
 */
export function rollingBaselineChangesAt(
  history: ReadonlyArray<FactHistoryPoint>,
  cutoffMs: number,
  nowMs: number,
): number {
  let next = Infinity;
  for (let i = 0; i < history.length; i++) {
    const at = parseTimestamp(history[i].timestamp);
    if (at > cutoffMs && at < next) next = at;
  }
  return next === Infinity ? next : nowMs + (next - cutoffMs);
}
