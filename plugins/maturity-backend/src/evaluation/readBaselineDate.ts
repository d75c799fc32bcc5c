import type { Config } from '@backstage/config';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The deployment's baseline date (`maturity.baselineDate`, `YYYY-MM-DD`), the
 * date `baseline: configured` compares with; undefined when not set. A value
 * that is not a calendar date stops the startup with a message naming it.
 */
export function readBaselineDate(config: Config): string | undefined {
  const value = config.getOptionalString('maturity.baselineDate');
  if (value === undefined) return undefined;
  const at = Date.parse(`${value}T00:00:00Z`);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(at) ||
    new Date(at).toISOString().slice(0, 10) !== value
  ) {
    throw new Error(
      `maturity.baselineDate must be a date written YYYY-MM-DD, e.g. 2026-01-01; got '${value}'`,
    );
  }
  return value;
}
