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

/** Whether a text is an ISO calendar date (`YYYY-MM-DD`) that exists. */
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
  return { cutoffMs: nowMs - (spec.days - 1) * DAY };
}

/** The latest history point at or before the cutoff, if any. */
export function valueAtBaseline(
  history: ReadonlyArray<FactHistoryPoint>,
  cutoffMs: number,
): { atMs: number; value: unknown } | undefined {
  let atMs = -Infinity;
  let value: unknown;
  for (const point of history) {
    const at = parseTimestamp(point.timestamp);
    if (at <= cutoffMs && at > atMs) {
      atMs = at;
      value = point.value;
    }
  }
  return atMs === -Infinity ? undefined : { atMs, value };
}
