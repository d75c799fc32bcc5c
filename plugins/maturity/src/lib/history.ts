import type { LevelHistoryPoint, RollupTrendPoint } from '../api/types';

/** The series key of the overall level in chart rows. */
export const OVERALL_SERIES = 'overall';

/** One row of a time chart: a time (ms) and a value per series key. */
export type ChartRow = { time: number } & Record<string, number | null>;

/**
 * Chart rows of level changes: one row per change time with every series'
 * level carried forward, plus a final row at `now` so lines reach today.
 */
export function historyRows(
  points: LevelHistoryPoint[],
  seriesKeys: string[],
  now: Date = new Date(),
): ChartRow[] {
  const wanted = new Set(seriesKeys);
  const sorted = points
    .filter(p => wanted.has(p.domainId ?? OVERALL_SERIES))
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const current: Record<string, number | null> = {};
  const rows: ChartRow[] = [];
  for (const point of sorted) {
    current[point.domainId ?? OVERALL_SERIES] = point.level;
    const time = new Date(point.recordedAt).getTime();
    const last = rows[rows.length - 1];
    if (last && last.time === time) {
      Object.assign(last, current);
    } else {
      rows.push({ ...current, time } as ChartRow);
    }
  }
  if (rows.length) {
    const end = Math.max(now.getTime(), rows[rows.length - 1].time);
    rows.push({ ...current, time: end } as ChartRow);
  }
  return rows;
}

/**
 * Chart rows of daily rollup snapshots: one row per day, a series per group
 * (average level), plus an `overall` series averaging the groups weighted by
 * their entity counts.
 */
export function trendRows(
  points: RollupTrendPoint[],
  groupRefs: string[],
): ChartRow[] {
  const wanted = new Set(groupRefs);
  const byDay = new Map<string, RollupTrendPoint[]>();
  for (const point of points) {
    if (!wanted.has(point.groupRef)) continue;
    const list = byDay.get(point.day) ?? [];
    list.push(point);
    byDay.set(point.day, list);
  }
  return [...byDay.keys()].sort().map(day => {
    const row: ChartRow = { time: new Date(`${day}T00:00:00Z`).getTime() };
    let weighted = 0;
    let count = 0;
    for (const point of byDay.get(day)!) {
      row[point.groupRef] = point.averageLevel;
      if (point.averageLevel !== null && point.entityCount > 0) {
        weighted += point.averageLevel * point.entityCount;
        count += point.entityCount;
      }
    }
    row[OVERALL_SERIES] = count ? weighted / count : null;
    return row;
  });
}
