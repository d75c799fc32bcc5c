import type { IndicatorAggregation } from '../model/types';
import { aggregateIndicator, isIndicatorMet } from './aggregateIndicator';

const of = (aggregation: IndicatorAggregation) => ({ aggregation });

describe('aggregateIndicator', () => {
  it('takes the mean of 0/100 samples for passRate and levelShare', () => {
    expect(
      aggregateIndicator(
        of({ type: 'passRate', check: 'c' }),
        [100, 0, 100, 100],
      ),
    ).toEqual({ value: 75, entityCount: 4, noDataCount: 0 });
    expect(
      aggregateIndicator(
        of({ type: 'levelShare', domain: 'd', minLevel: 3 }),
        [0, 100],
      ),
    ).toEqual({ value: 50, entityCount: 2, noDataCount: 0 });
  });

  it('takes the named statistic of fact values', () => {
    const samples = [12, 3, 7, 30];
    const value = (type: 'mean' | 'min' | 'max' | 'p50' | 'p90') =>
      aggregateIndicator(of({ type, fact: 'techInsights.r.f' }), samples).value;
    expect(value('mean')).toBe(13);
    expect(value('min')).toBe(3);
    expect(value('max')).toBe(30);
    expect(value('p50')).toBe(7);
    expect(value('p90')).toBe(30);
  });

  it('takes the statistic of a change, p50 by default', () => {
    const samples = [-50, -10, -40];
    expect(
      aggregateIndicator(
        of({ type: 'change', fact: 'techInsights.r.f' }),
        samples,
      ).value,
    ).toBe(-40);
    expect(
      aggregateIndicator(
        of({ type: 'change', fact: 'techInsights.r.f', statistic: 'mean' }),
        samples,
      ).value,
    ).toBeCloseTo(-33.33, 2);
  });

  it('never counts no data as 0', () => {
    const result = aggregateIndicator(of({ type: 'passRate', check: 'c' }), [
      100,
      null,
      null,
      100,
    ]);
    expect(result).toEqual({ value: 100, entityCount: 2, noDataCount: 2 });
    expect(
      aggregateIndicator(of({ type: 'min', fact: 'techInsights.r.f' }), [
        null,
        5,
      ]).value,
    ).toBe(5);
  });

  it('has no value when no entity has data', () => {
    expect(
      aggregateIndicator(of({ type: 'mean', fact: 'techInsights.r.f' }), [
        null,
        null,
      ]),
    ).toEqual({ value: null, entityCount: 0, noDataCount: 2 });
    expect(
      aggregateIndicator(of({ type: 'mean', fact: 'techInsights.r.f' }), []),
    ).toEqual({ value: null, entityCount: 0, noDataCount: 0 });
  });
});

describe('isIndicatorMet', () => {
  it('compares with the target in the indicator direction', () => {
    const up = { target: 90, direction: 'increase' as const };
    const down = { target: -40, direction: 'decrease' as const };
    expect(isIndicatorMet(up, 90)).toBe(true);
    expect(isIndicatorMet(up, 89.9)).toBe(false);
    expect(isIndicatorMet(down, -40)).toBe(true);
    expect(isIndicatorMet(down, -10)).toBe(false);
    expect(isIndicatorMet(up, null)).toBeNull();
  });
});
