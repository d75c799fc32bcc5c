import type { LevelHistoryPoint } from '../api/records';
import type { ReportHistoryPoint } from './types';

/** How many month ends a report's history covers. */
export const REPORT_HISTORY_MONTHS = 12;

/** The ends of the last `months` months before `now` (oldest first), then `now`. */
export function historyMoments(now: Date, months: number): Date[] {
  const moments: Date[] = [];
  for (let i = months; i >= 1; i--) {
    // day 0 of a month = the last day of the previous one
    moments.push(
      new Date(
        Date.UTC(
          now.getUTCFullYear(),
          now.getUTCMonth() - i + 1,
          0,
          23,
          59,
          59,
        ),
      ),
    );
  }
  moments.push(now);
  return moments;
}

/**
 * The scope's level of one domain at each moment: the weakest level among the
 * entities whose level was known then (their last history point at or before
 * the moment). `current` is the level at the last moment (now).
 */
export function domainHistory(
  points: readonly LevelHistoryPoint[],
  moments: readonly Date[],
  current: number | null,
): ReportHistoryPoint[] {
  const byEntity = new Map<string, LevelHistoryPoint[]>();
  for (const point of points) {
    const list = byEntity.get(point.entityRef);
    if (list) list.push(point);
    else byEntity.set(point.entityRef, [point]);
  }
  for (const list of byEntity.values()) {
    list.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  }
  return moments.map((moment, index) => {
    if (index === moments.length - 1) {
      return { at: moment.toISOString(), level: current };
    }
    const iso = moment.toISOString();
    let level: number | null = null;
    for (const list of byEntity.values()) {
      let known: LevelHistoryPoint | undefined;
      for (const point of list) {
        if (point.recordedAt > iso) break;
        known = point;
      }
      if (known && known.level !== null) {
        level = level === null ? known.level : Math.min(level, known.level);
      }
    }
    return { at: iso, level };
  });
}
