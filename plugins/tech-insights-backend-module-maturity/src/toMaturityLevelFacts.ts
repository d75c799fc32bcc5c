import type { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';
import { parseEntityRef } from '@backstage/catalog-model';
import type { EntityListItem } from '@devops-maturity/plugin-maturity-common';
import { domainLevelFactName } from './factSchema';

/**
 * The TechInsights facts of one evaluated entity. A level that is null (the
 * domain, or every domain, does not apply) is left out rather than published
 * as null: a check on an absent fact is skipped instead of failing. Per-domain
 * integer facts are published only for `declaredDomainIds` (the schema's);
 * `domainLevels` and `domainScores` hold every applicable domain.
 */
export function toMaturityLevelFacts(
  item: EntityListItem,
  declaredDomainIds: ReadonlySet<string>,
): TechInsightFact {
  const { kind, namespace, name } = parseEntityRef(item.entityRef);
  const domainLevels: Record<string, number> = {};
  const domainScores: Record<string, number> = {};
  const perDomainFacts: Record<string, number> = {};
  for (const [domainId, domain] of Object.entries(item.domains)) {
    if (domain.level === null) continue;
    domainLevels[domainId] = domain.level;
    domainScores[domainId] = domain.score;
    if (declaredDomainIds.has(domainId)) {
      perDomainFacts[domainLevelFactName(domainId)] = domain.level;
    }
  }
  return {
    entity: { kind, namespace, name },
    facts: {
      ...(item.level !== null && { overallLevel: item.level }),
      score: item.score,
      modelId: item.modelId,
      evaluatedAt: item.evaluatedAt,
      domainLevels,
      domainScores,
      ...perDomainFacts,
    },
  };
}
