import type { IndicatorValue } from '../api/types';
import { indicatorText } from './indicatorMessages';
import { formatDay } from './time';

const numberFormat = new Intl.NumberFormat(undefined, {
  maximumFractionDigits: 1,
});

/** A number with at most one decimal, a typographic minus for negatives. */
export function formatIndicatorNumber(value: number): string {
  return numberFormat.format(value).replace('-', '\u2212');
}

/**
 * A value with its unit: "92.5%" (percent sign right after the number),
 * "18 hours", "4.5 per week"; the number alone when there is no unit.
 */
export function formatIndicatorValue(value: number, unit: string): string {
  const number = formatIndicatorNumber(value);
  const trimmed = unit.trim();
  if (trimmed === '%') return indicatorText('valuePercent', { value: number });
  if (!trimmed) return number;
  return indicatorText('valueWithUnit', { value: number, unit: trimmed });
}

/** The target as a sentence fragment: "target ≥ 90%", "target ≤ −40%". */
export function formatIndicatorTarget(
  indicator: Pick<IndicatorValue, 'target' | 'unit' | 'direction'>,
): string {
  const target = formatIndicatorValue(indicator.target, indicator.unit);
  return indicatorText(
    indicator.direction === 'increase' ? 'targetIncrease' : 'targetDecrease',
    { target },
  );
}

/** The status text of an indicator: target met, not met, or no data. */
export function indicatorStatus(met: boolean | null): string {
  if (met === null) return indicatorText('noData');
  return indicatorText(met ? 'met' : 'notMet');
}

/** "12 entities · 3 without data". */
export function indicatorCounts(
  indicator: Pick<IndicatorValue, 'entityCount' | 'noDataCount'>,
): string {
  return indicatorText('counts', {
    count: indicator.entityCount,
    noData: indicator.noDataCount,
  });
}

/** The history points that have a value, oldest first. */
export function pointsWithValues(
  history: IndicatorValue['history'],
): Array<{ date: string; value: number }> {
  return history.filter(
    (p): p is { date: string; value: number } => p.value !== null,
  );
}

/**
 * The text alternative of an indicator's sparkline: first and last daily
 * values with their days, and the target; undefined without any value.
 */
export function indicatorHistoryDescription(
  indicator: Pick<
    IndicatorValue,
    'title' | 'unit' | 'target' | 'direction' | 'history'
  >,
): string | undefined {
  const points = pointsWithValues(indicator.history);
  if (points.length === 0) return undefined;
  const first = points[0];
  const last = points[points.length - 1];
  return indicatorText('history', {
    title: indicator.title,
    fromValue: formatIndicatorValue(first.value, indicator.unit),
    from: formatDay(first.date),
    toValue: formatIndicatorValue(last.value, indicator.unit),
    to: formatDay(last.date),
    target: formatIndicatorTarget(indicator),
  });
}
