import {
  forEachCondition,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';
import {
  emptyFactRequirements,
  reportedFactAddress,
  requireFact,
  requireHistory,
} from './reportedFactAddress';

/**
 * The TechInsights and pushed facts the models read, and how much history
 * their `trend` conditions need, so providers fetch only that.
 */
export function factRequirementsOf(models: MaturityModel[]): FactRequirements {
  const requirements = emptyFactRequirements();
  for (const model of models) {
    for (const domain of model.domains) {
      for (const capability of domain.capabilities) {
        for (const check of capability.checks) {
          if (!check.rule) continue;
          forEachCondition(check.rule, condition => {
            const address = reportedFactAddress(condition.fact);
            if (!address) return;
            requireFact(requirements, address);
            if (condition.operator === 'trend') {
              const days =
                (condition.value as { days?: number } | undefined)?.days ?? 0;
              requireHistory(requirements, address, days);
            }
          });
        }
      }
    }
  }
  return requirements;
}
