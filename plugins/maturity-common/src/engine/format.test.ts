import fc from 'fast-check';
import { formatNumber, formatNumberBeside, formatThreshold } from './format';

/** The definition formatNumber implements: at most two decimals, as JavaScript writes the rounded number. */
const reference = (value: number) => {
  if (Number.isInteger(value)) return String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  return String(Math.round(value * 100) / 100);
};

describe('formatNumber', () => {
  it('rounds to two decimals', () => {
    expect(formatNumber(73.456)).toBe('73.46');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(-1.005)).toBe('-1');
    expect(formatNumber(0.049)).toBe('0.05');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(1e-9)).toBe('0');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('-∞');
    expect(formatNumber(123456789.123)).toBe('123456789.12');
  });

  it('writes every number as String of the rounded number does', () => {
    fc.assert(
      fc.property(fc.double(), value => {
        expect(formatNumber(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -3_000_000_000, max: 3_000_000_000 }),
        fc.constantFrom(0, 0.001, 0.004, 0.005, 0.0051, -0.005, 1e-7),
        (hundredths, offset) => {
          const value = hundredths / 100 + offset;
          expect(formatNumber(value)).toBe(reference(value));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('formatNumberBeside', () => {
  const beside = (value: number, threshold: number) =>
    formatNumberBeside(value, threshold, formatThreshold(threshold));

  it('shows a value that differs from its threshold as a different number', () => {
    expect(beside(3.0001, 3)).toBe('3.0001');
    expect(beside(2.999, 3)).toBe('2.999');
    expect(beside(3.00001, 3)).toBe('3.00001');
    expect(beside(2.99999, 3)).toBe('2.99999');
    expect(beside(3, 3.0001)).toBe('3');
    expect(formatThreshold(3.0001)).toBe('3.0001');
  });

  it('keeps two decimals when they already tell the numbers apart', () => {
    expect(beside(3.14159, 3)).toBe('3.14');
    expect(beside(3, 3)).toBe('3');
    expect(beside(0.5, 1)).toBe('0.5');
  });
});
