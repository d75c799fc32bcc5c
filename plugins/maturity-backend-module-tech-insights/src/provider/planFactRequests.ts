import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';

/**
 * Which TechInsights calls a batch needs, derived from the model's
 * {@link @devops-maturity/plugin-maturity-node#FactRequirements}.
 */
export interface FactRequestPlan {
  /** Retriever ids for `/facts/latest`; empty when no latest facts are read. */
  latestRetrieverIds: string[];
  /** What `/facts/range` must return; absent when no `trend` needs history. */
  history?: {
    /** Retriever ids for `/facts/range`. */
    retrieverIds: string[];
    /** The facts to keep, by retriever id. */
    facts: Record<string, string[]>;
    /** The longest look-back of any `trend`, in days. */
    lookBackDays: number;
  };
}

/**
 * Plans the calls: only retrievers with at least one required fact, and
 * history only for facts with a positive look-back.
 */
export function planFactRequests(
  requirements: FactRequirements,
): FactRequestPlan {
  const latestRetrieverIds = Object.entries(requirements.techInsights ?? {})
    .filter(([, facts]) => facts.length > 0)
    .map(([retrieverId]) => retrieverId)
    .sort();

  const facts: Record<string, string[]> = {};
  let lookBackDays = 0;
  for (const [retrieverId, byFact] of Object.entries(
    requirements.history ?? {},
  )) {
    const wanted: string[] = [];
    for (const [fact, days] of Object.entries(byFact)) {
      if (Number.isFinite(days) && days > 0) {
        wanted.push(fact);
        lookBackDays = Math.max(lookBackDays, days);
      }
    }
    if (wanted.length > 0) {
      facts[retrieverId] = wanted.sort();
    }
  }
  const historyRetrieverIds = Object.keys(facts).sort();

  return historyRetrieverIds.length === 0
    ? { latestRetrieverIds }
    : {
        latestRetrieverIds,
        history: { retrieverIds: historyRetrieverIds, facts, lookBackDays },
      };
}
