import type { IndicatorAggregation, MaturityIndicator } from '../model/types';
import { SampleStatistic, statisticOf } from './statistics';
import type { IndicatorAggregate, IndicatorSample } from './types';

/** The statistic an aggregation takes over the entities' samples. */
export function statisticOfAggregation(
  aggregation: IndicatorAggregation,
): SampleStatistic {
  switch (aggregation.type) {
    case 'passRate':
    case 'levelShare':
      // samples are 0 or 100: their mean is the share in percent
      return 'mean';
    case 'change':
      return aggregation.statistic ?? 'p50';
    default:
      return aggregation.type;
  }
}

/**
 * Aggregates the samples of the entities in a scope (a group with its nested
 * groups, or the org) into the indicator's value.
 *
 * @remarks
 * `passRate` and `levelShare` take the mean of their 0/100 samples (a
 * percentage); `mean`, `min`, `max`, `p50` and `p90` take that statistic of
 * the fact values; `change` takes its `statistic` (default `p50`) of the
 * entities' percent changes. Percentiles are nearest-rank (see
 * {@link nearestRankPercentile}). "No data" samples (`null`) are counted in
 * `noDataCount` and left out of the statistic; they never count as 0. The
 * value is null when no entity has data.
 *
 * @public
 */
export function aggregateIndicator(
  indicator: Pick<MaturityIndicator, 'aggregation'>,
  samples: Iterable<IndicatorSample>,
): IndicatorAggregate {
  const values: number[] = [];
  let noDataCount = 0;
  for (const sample of samples) {
    if (sample === null) noDataCount += 1;
    else values.push(sample);
  }
  return {
    value:
      values.length === 0
        ? null
        : statisticOf(statisticOfAggregation(indicator.aggregation), values),
    entityCount: values.length,
    noDataCount,
  };
}

/**
 * Whether an indicator's value meets its target: at or above it for
 * `increase`, at or below it for `decrease`; null without a value.
 *
 * @public
 */
export function isIndicatorMet(
  indicator: Pick<MaturityIndicator, 'target' | 'direction'>,
  value: number | null,
): boolean | null {
  if (value === null) return null;
  return indicator.direction === 'decrease'
    ? value <= indicator.target
    : value >= indicator.target;
}
