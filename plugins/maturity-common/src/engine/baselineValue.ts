import type { FactHistoryPoint } from '../evidence/types';
import { DAY } from './format';
import { parseTimestamp } from './parseTimestamp';

/** Where a comparison with the past looks: a fixed date or a rolling window. */
export interface BaselineSpec {
  /** Days back, used when no baseline date applies. */
  days: number;
  /** An ISO date, or `configured` for the deployment's baseline date. */
  baseline?: string;
}

/** The moment a comparison looks back to, and whether it is a fixed date. */
export interface BaselineCutoff {
  /** Values observed at or before this moment (ms) count as the baseline. */
  cutoffMs: number;
  /** The fixed baseline date (ISO `YYYY-MM-DD`); undefined for a rolling window. */
  date?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a text is an ISO calendar date (`YYYY-MM-DD`) that exists: the
 * format of `baseline` dates and of app-config `maturity.baselineDate`.
 *
 * @public
 */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const at = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === text;
}

/**
 * Resolves a baseline spec: an ISO date is used as is (end of that day, UTC),
 * `configured` takes the deployment's baseline date when one is set, and
 * otherwise the rolling window of `days` applies (one day of slack).
 */
export function resolveBaseline(
  spec: BaselineSpec,
  nowMs: number,
  configuredDate?: string,
): BaselineCutoff {
  const date = spec.baseline === 'configured' ? configuredDate : spec.baseline;
  if (date !== undefined) {
    return { cutoffMs: Date.parse(`${date}T00:00:00Z`) + DAY - 1, date };
  }
  return { cutoffMs: rollingCutoffMs(spec.days, nowMs) };
}

/** The cutoff of a rolling window of `days` (one day of slack), without allocating. */
export function rollingCutoffMs(days: number, nowMs: number): number {
  return nowMs - (days - 1) * DAY;
}

/**
 * The index of the latest history point at or before the cutoff (the first
 * of equals), or -1.
 */
export function indexAtBaseline(
  history: ReadonlyArray<FactHistoryPoint>,
  cutoffMs: number,
): number {
  let atMs = -Infinity;
  let index = -1;
  for (let i = 0; i < history.length; i++) {
    const at = parseTimestamp(history[i].timestamp);
    if (at <= cutoffMs && at > atMs) {
      atMs = at;
      index = i;
    }
  }
  return index;
}
