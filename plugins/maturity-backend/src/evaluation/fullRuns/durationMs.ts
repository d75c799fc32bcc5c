import type { HumanDuration } from '@backstage/types';
import { Duration } from 'luxon';

/** A scheduler duration (luxon `Duration` or `HumanDuration`) in milliseconds. */
export function durationMs(duration: Duration | HumanDuration): number {
  return Duration.isDuration(duration)
    ? duration.toMillis()
    : Duration.fromObject(duration).toMillis();
}
