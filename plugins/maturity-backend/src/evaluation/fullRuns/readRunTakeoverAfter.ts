import type { Config } from '@backstage/config';
import { readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { DEFAULT_RUN_TAKEOVER_AFTER_MS } from './FullRunLeases';

const KEY = 'maturity.runTakeoverAfter';

/**
 * `maturity.runTakeoverAfter` in milliseconds: how long a full run may send
 * no heartbeat before another instance takes it over (default 2 minutes).
 * Throws an `InputError` naming the key for an invalid or non-positive value.
 */
export function readRunTakeoverAfter(config: Config): number {
  if (!config.has(KEY)) return DEFAULT_RUN_TAKEOVER_AFTER_MS;
  let ms: number;
  try {
    ms = durationToMilliseconds(readDurationFromConfig(config, { key: KEY }));
  } catch (error) {
    throw new InputError(
      `Invalid ${KEY}: expected a duration such as { minutes: 2 } or '2m'`,
    );
  }
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new InputError(`Invalid ${KEY}: the duration must be positive`);
  }
  return ms;
}
