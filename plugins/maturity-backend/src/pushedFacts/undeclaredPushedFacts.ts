import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import { factRequirementsOf } from '../evaluation/factRequirements';
import { withIndicatorRequirements } from '../evaluation/indicatorFactRequirements';
import type { PushedFactSource } from './readPushedFactsConfig';

/**
 * The `pushed.<source>.<fact>` addresses that the models' checks or
 * indicators read but `maturity.pushedFacts.sources` does not declare: no
 * push can ever provide them, so those conditions stay unknown.
 */
export function undeclaredPushedFacts(
  models: MaturityModel[],
  sources: Record<string, PushedFactSource>,
): string[] {
  const { pushed } = withIndicatorRequirements(
    factRequirementsOf(models),
    models,
    { now: new Date() },
  );
  const missing: string[] = [];
  for (const [source, facts] of Object.entries(pushed)) {
    for (const fact of facts) {
      if (!sources[source]?.facts[fact]) {
        missing.push(`pushed.${source}.${fact}`);
      }
    }
  }
  return missing.sort();
}
