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
    expect(read()).toBeUndefined();
  });

  it('refuses anything that is not a calendar date', () => {
    for (const bad of ['2026-02-30', '01.01.2026', '2026-1-1', 'configured']) {
      expect(() => read(bad)).toThrow(
        `maturity.baselineDate must be a date written YYYY-MM-DD, e.g. 2026-01-01; got '${bad}'`,
      );
    }
  });
});
