import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';

const TECH_INSIGHTS_FACT = /^techInsights\.([^.]+)\.(.+)$/;
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
 * TechInsights fact, and its history back to the baseline (the baseline
 * date, `configured` meaning `baselineDate`, or else the `days` window,
 * default 180). Returns new requirements; the input is not changed.
 */
export function withIndicatorRequirements(
  requirements: FactRequirements,
  models: MaturityModel[],
  options: { now: Date; baselineDate?: string },
): FactRequirements {
  const techInsights: Record<string, string[]> = {};
  for (const [id, facts] of Object.entries(requirements.techInsights)) {
    techInsights[id] = [...facts];
  }
  const history: FactRequirements['history'] = {};
  for (const [id, facts] of Object.entries(requirements.history)) {
    history[id] = { ...facts };
  }
  for (const model of models) {
    for (const { aggregation } of model.indicators ?? []) {
      if (aggregation.type !== 'change') continue;
      const match = TECH_INSIGHTS_FACT.exec(aggregation.fact);
      if (!match) continue;
      const [, retrieverId, fact] = match;
      techInsights[retrieverId] ??= [];
      if (!techInsights[retrieverId].includes(fact)) {
        techInsights[retrieverId].push(fact);
        techInsights[retrieverId].sort();
      }
      const date =
        aggregation.baseline === 'configured'
          ? options.baselineDate
          : aggregation.baseline;
      const days =
        date !== undefined
          ? daysSince(date, options.now)
          : aggregation.days ?? DEFAULT_CHANGE_DAYS;
      history[retrieverId] ??= {};
      history[retrieverId][fact] = Math.max(
        history[retrieverId][fact] ?? 0,
        days,
      );
    }
  }
  return { techInsights, history };
}
