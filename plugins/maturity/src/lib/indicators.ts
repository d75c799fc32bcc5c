import type { IndicatorValue } from '../api/types';
import { english, Localizer } from '../translation/translate';
import { formatDay } from './time';

/** A number with at most one decimal, a typographic minus for negatives. */
export function formatIndicatorNumber(
  value: number,
  language: string = english.language,
): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
    .format(value)
    .replace('-', '\u2212');
}

/**
 * A value with its unit: "92.5%" (percent sign right after the number),
 * "18 hours", "4.5 per week"; the number alone when there is no unit.
 */
export function formatIndicatorValue(
  value: number,
  unit: string,
  i18n: Localizer = english,
): string {
  const number = formatIndicatorNumber(value, i18n.language);
  const trimmed = unit.trim();
  if (trimmed === '%') {
    return i18n.t('indicators.valuePercent', { value: number });
  }
  if (!trimmed) return number;
  return i18n.t('indicators.valueWithUnit', { value: number, unit: trimmed });
}

/** The target as a sentence fragment: "target ≥ 90%", "target ≤ −40%". */
export function formatIndicatorTarget(
  indicator: Pick<IndicatorValue, 'target' | 'unit' | 'direction'>,
  i18n: Localizer = english,
): string {
  const target = formatIndicatorValue(indicator.target, indicator.unit, i18n);
  return i18n.t(
    indicator.direction === 'increase'
      ? 'indicators.targetIncrease'
      : 'indicators.targetDecrease',
    { target },
  );
}

/** The status text of an indicator: target met, not met, or no data. */
export function indicatorStatus(
  met: boolean | null,
  i18n: Localizer = english,
): string {
  if (met === null) return i18n.t('indicators.noData');
  return i18n.t(met ? 'indicators.met' : 'indicators.notMet');
}

/** "12 entities · 3 without data". */
export function indicatorCounts(
  indicator: Pick<IndicatorValue, 'entityCount' | 'noDataCount'>,
  i18n: Localizer = english,
): string {
  return i18n.t('indicators.counts', {
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
  i18n: Localizer = english,
): string | undefined {
  const points = pointsWithValues(indicator.history);
  if (points.length === 0) return undefined;
  const first = points[0];
  const last = points[points.length - 1];
  return i18n.t('indicators.history', {
    title: indicator.title,
    fromValue: formatIndicatorValue(first.value, indicator.unit, i18n),
    from: formatDay(first.date, i18n.language),
    toValue: formatIndicatorValue(last.value, indicator.unit, i18n),
    to: formatDay(last.date, i18n.language),
    target: formatIndicatorTarget(indicator, i18n),
  });
}
