/**
 * The nearest-rank percentile of a non-empty list: the smallest value such
 * that at least `p` percent of the values are at or below it, i.e. the value
 * at rank ⌈p/100 · n⌉ (1-based) of the sorted list. It is always one of the
 * values (never interpolated): p50 of [1, 2, 3, 4] is 2, p90 of 1..10 is 9.
 *
 * @public
 */
export function nearestRankPercentile(
  values: ReadonlyArray<number>,
  p: number,
): number {
  if (values.length === 0) {
    throw new RangeError('a percentile needs at least one value');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** The statistics an indicator can take over its samples. */
export type SampleStatistic = 'mean' | 'min' | 'max' | 'p50' | 'p90';

/** A statistic of a non-empty list of numbers. */
export function statisticOf(
  statistic: SampleStatistic,
  values: ReadonlyArray<number>,
): number {
  switch (statistic) {
    case 'mean':
      return values.reduce((sum, v) => sum + v, 0) / values.length;
    case 'min':
      return values.reduce((min, v) => (v < min ? v : min), Infinity);
    case 'max':
      return values.reduce((max, v) => (v > max ? v : max), -Infinity);
    case 'p50':
      return nearestRankPercentile(values, 50);
    case 'p90':
      return nearestRankPercentile(values, 90);
    default:
      throw new TypeError(`unknown statistic '${statistic as string}'`);
  }
}
