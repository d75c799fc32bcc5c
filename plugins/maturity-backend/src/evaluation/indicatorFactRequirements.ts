import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';
import {
  reportedFactAddress,
  requireFact,
  requireHistory,
} from './reportedFactAddress';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_CHANGE_DAYS = 180;

/** How many days of history reach back to a baseline date (at least 1). */
function daysSince(date: string, now: Date): number {
  const start = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(start)) return 0;
  return Math.max(1, Math.ceil((now.getTime() - start) / DAY_MS) + 1);
}

/**
 * Adds what the models' `change` indicators need to fact requirements: their
 * TechInsights or pushed fact, and its history back to the baseline (the baseline
 * date, `configured` meaning `baselineDate`, or else the `days` window,
 * default 180). Returns new requirements; the input is not changed.
 */
export function withIndicatorRequirements(
  requirements: FactRequirements,
  models: MaturityModel[],
  options: { now: Date; baselineDate?: string },
): FactRequirements {
  const result: FactRequirements = {
    techInsights: copyNames(requirements.techInsights),
    history: copyLookBacks(requirements.history),
    pushed: copyNames(requirements.pushed),
    pushedHistory: copyLookBacks(requirements.pushedHistory),
  };
  for (const model of models) {
    for (const { aggregation } of model.indicators ?? []) {
      if (aggregation.type !== 'change') continue;
      const address = reportedFactAddress(aggregation.fact);
      if (!address) continue;
      requireFact(result, address);
      const date =
        aggregation.baseline === 'configured'
          ? options.baselineDate
          : aggregation.baseline;
      const days =
        date !== undefined
          ? daysSince(date, options.now)
          : aggregation.days ?? DEFAULT_CHANGE_DAYS;
      requireHistory(result, address, days);
    }
  }
  return result;
}

function copyNames(names: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(names).map(([origin, facts]) => [origin, [...facts]]),
  );
}

function copyLookBacks(
  lookBacks: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(lookBacks).map(([origin, byFact]) => [
      origin,
      { ...byFact },
    ]),
  );
}
