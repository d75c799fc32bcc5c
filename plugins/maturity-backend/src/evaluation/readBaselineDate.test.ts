import { ConfigReader } from '@backstage/config';
import { readBaselineDate } from './readBaselineDate';

const read = (baselineDate?: unknown) =>
  readBaselineDate(
    new ConfigReader(
      baselineDate === undefined ? {} : { maturity: { baselineDate } },
    ),
  );

describe('readBaselineDate', () => {
  it('reads an ISO date, or nothing when unset', () => {
    expect(read('2026-01-01')).toBe('2026-01-01');
    expect(read('2024-02-29')).toBe('2024-02-29');
    expect(read()).toBeUndefined();
  });

  it.each([
    ['2026/01/01', '"2026/01/01"'],
    ['2026-13-01', '"2026-13-01"'],
    ['2025-02-29', '"2025-02-29"'],
    ['yesterday', '"yesterday"'],
    ['2026-01-01T00:00:00Z', '"2026-01-01T00:00:00Z"'],
    [20260101, '20260101'],
  ])('rejects %p naming the key and the value', (value, shown) => {
    expect(() => read(value)).toThrow(
      `Invalid app-config maturity.baselineDate ${shown}: expected an ISO date that exists (YYYY-MM-DD, e.g. 2026-01-01)`,
    );
  });
});
