import { indicatorMessages, indicatorText } from './indicatorMessages';

describe('indicatorText', () => {
  it('fills placeholders and picks plural forms by count', () => {
    expect(indicatorText('targetIncrease', { target: '90%' })).toBe(
      'target ≥ 90%',
    );
    expect(indicatorText('counts', { count: 1, noData: 2 })).toBe(
      '1 entity · 2 without data',
    );
    expect(indicatorText('counts', { count: 2, noData: 0 })).toBe(
      '2 entities · 0 without data',
    );
  });

  it('leaves unknown placeholders visible instead of dropping them', () => {
    expect(indicatorText('reference')).toBe('Standard: {{reference}}');
  });

  it('keeps every message a plain string, as translation refs need', () => {
    for (const message of Object.values(indicatorMessages)) {
      expect(typeof message).toBe('string');
    }
  });
});
