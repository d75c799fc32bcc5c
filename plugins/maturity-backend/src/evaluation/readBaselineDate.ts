import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { isIsoDate } from '@devops-maturity/plugin-maturity-common';

const KEY = 'maturity.baselineDate';

/**
 * Reads app-config `maturity.baselineDate`: the programme's baseline date that
 * `trend` conditions with `baseline: configured` compare against. Undefined
 * when not set; anything but an ISO date that exists stops the startup.
 */
export function readBaselineDate(config: Config): string | undefined {
  const value = config.getOptional(KEY);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new InputError(
      `Invalid app-config ${KEY} ${JSON.stringify(
        value,
      )}: expected an ISO date that exists (YYYY-MM-DD, e.g. 2026-01-01)`,
    );
  }
  return value;
}
