import {
  forEachCondition,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';

const TECH_INSIGHTS_FACT = /^techInsights\.([^.]+)\.(.+)$/;

/**
 * The TechInsights facts the models read, and how much history their
 * `trend` conditions need, so providers fetch only that.
 */
export function factRequirementsOf(models: MaturityModel[]): FactRequirements {
  const facts = new Map<string, Set<string>>();
  const history: FactRequirements['history'] = {};
  for (const model of models) {
    for (const domain of model.domains) {
      for (const capability of domain.capabilities) {
        for (const check of capability.checks) {
          if (!check.rule) continue;
          forEachCondition(check.rule, condition => {
            const match = TECH_INSIGHTS_FACT.exec(condition.fact);
            if (!match) return;
            const [, retrieverId, fact] = match;
            if (!facts.has(retrieverId)) facts.set(retrieverId, new Set());
            facts.get(retrieverId)!.add(fact);
            if (condition.operator === 'trend') {
              const days =
                (condition.value as { days?: number } | undefined)?.days ?? 0;
              history[retrieverId] ??= {};
              history[retrieverId][fact] = Math.max(
                history[retrieverId][fact] ?? 0,
                days,
              );
            }
          });
        }
      }
    }
  }
  return {
    techInsights: Object.fromEntries(
      [...facts].map(([id, names]) => [id, [...names].sort()]),
    ),
    history,
  };
}
