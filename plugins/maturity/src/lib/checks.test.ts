import { formatValue, isOpenStatus, sourceLabel, statusLabel } from './checks';
import { errorMessage, isNotFoundError } from './errors';

describe('check helpers', () => {
  it('labels statuses and evidence sources', () => {
    expect(statusLabel('not-applicable')).toBe('Not applicable');
    expect(sourceLabel('techInsights')).toBe('TechInsights fact');
    expect(sourceLabel('pushed')).toBe('CI (pushed)');
    expect(sourceLabel('attestation')).toBe('Attestation');
    expect(isOpenStatus('unknown')).toBe(true);
    expect(isOpenStatus('waived')).toBe(false);
  });

  it('formats observed values', () => {
    expect(formatValue(undefined)).toBeUndefined();
    expect(formatValue(false)).toBe('false');
    expect(formatValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(formatValue('x'.repeat(600))).toHaveLength(600);
    expect(formatValue(['x'.repeat(600)])).toHaveLength(498);
  });

  it('reads backend errors', () => {
    expect(isNotFoundError({ statusCode: 404 })).toBe(true);
    expect(isNotFoundError(new Error('x'))).toBe(false);
    expect(
      errorMessage({
        message: 'Request failed',
        cause: { message: 'No model m' },
      }),
    ).toBe('No model m');
    expect(errorMessage(new Error('plain'))).toBe('plain');
  });
});
