import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Duration } from 'luxon';

/**
 * When this instance's worker of the evaluation task ends its start-up delay
 * (`initialDelay`, per worker) and can run the first evaluation: `start` plus
 * the delay, read as the scheduler reads it. Another instance already past
 * its own delay may run a queued evaluation sooner.
 */
export function firstRunTime(
  schedule: Pick<SchedulerServiceTaskScheduleDefinition, 'initialDelay'>,
  start: Date,
): Date {
  const delay = schedule.initialDelay;
  if (!delay) return start;
  // an invalid duration throws here, as it would in scheduleTask
  const parsed = Duration.isDuration(delay)
    ? delay
    : Duration.fromObject(delay);
  return new Date(start.getTime() + parsed.toMillis());
}
