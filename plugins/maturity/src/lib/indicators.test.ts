import {
  formatIndicatorNumber,
  formatIndicatorTarget,
  formatIndicatorValue,
  indicatorCounts,
  indicatorHistoryDescription,
  indicatorStatus,
  pointsWithValues,
} from './indicators';
import { formatDay } from './time';

describe('indicator formatting', () => {
  it('formats numbers with at most one decimal and a typographic minus', () => {
    expect(formatIndicatorNumber(92.46)).toBe('92.5');
    expect(formatIndicatorNumber(18)).toBe('18');
    expect(formatIndicatorNumber(-40)).toBe('\u221240');
    expect(formatIndicatorNumber(1234.56)).toBe('1,234.6');
  });

  it('puts % right after the number and other units after a space', () => {
    expect(formatIndicatorValue(92.46, '%')).toBe('92.5%');
    expect(formatIndicatorValue(18, 'hours')).toBe('18 hours');
    expect(formatIndicatorValue(4.54, 'per week')).toBe('4.5 per week');
    expect(formatIndicatorValue(3, '')).toBe('3');
  });

  it('states the target by direction', () => {
    expect(
      formatIndicatorTarget({ target: 90, unit: '%', direction: 'increase' }),
    ).toBe('target ≥ 90%');
    expect(
      formatIndicatorTarget({ target: -40, unit: '%', direction: 'decrease' }),
    ).toBe('target ≤ \u221240%');
    expect(
      formatIndicatorTarget({
        target: 24,
        unit: 'hours',
        direction: 'decrease',
      }),
    ).toBe('target ≤ 24 hours');
  });

  it('names the status and counts entities with plural forms', () => {
    expect(indicatorStatus(true)).toBe('Target met');
    expect(indicatorStatus(false)).toBe('Target not met');
    expect(indicatorStatus(null)).toBe('No data');
    expect(indicatorCounts({ entityCount: 12, noDataCount: 3 })).toBe(
      '12 entities · 3 without data',
    );
    expect(indicatorCounts({ entityCount: 1, noDataCount: 0 })).toBe(
      '1 entity · 0 without data',
    );
    expect(indicatorCounts({ entityCount: 0, noDataCount: 4 })).toBe(
      '0 entities · 4 without data',
    );
  });

  it('describes the history by its first and last values', () => {
    const indicator = {
      title: 'Alert detection rate',
      unit: '%',
      target: 90,
      direction: 'increase' as const,
      history: [
        { date: '2026-06-01', value: null },
        { date: '2026-06-02', value: 80 },
        { date: '2026-06-03', value: null },
        { date: '2026-06-04', value: 91.25 },
        { date: '2026-06-05', value: null },
      ],
    };
    expect(pointsWithValues(indicator.history)).toEqual([
      { date: '2026-06-02', value: 80 },
      { date: '2026-06-04', value: 91.25 },
    ]);
    expect(indicatorHistoryDescription(indicator)).toBe(
      `Daily values of Alert detection rate from 80% on ${formatDay(
        '2026-06-02',
      )} to 91.3% on ${formatDay('2026-06-04')}, target ≥ 90%`,
    );
    expect(
      indicatorHistoryDescription({
        ...indicator,
        history: [{ date: '2026-06-01', value: null }],
      }),
    ).toBeUndefined();
  });
});
