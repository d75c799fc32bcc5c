import type { EntityEvidence } from '@devops-maturity/plugin-maturity-common';
import type { CatalogEntity } from './catalogFiles';
import type { EntityFacts } from './factsFiles';

/**
 * The evidence of an entity evaluated offline: the entity itself, its
 * relations with unknown existence, and the facts given with `--facts`
 * (TechInsights and pushed facts).
 * Attestations and waivers live in the backend, so they are unknown here.
 */
export function offlineEvidence(
  item: CatalogEntity,
  facts: EntityFacts | undefined,
): EntityEvidence {
  return {
    entity: item.entity,
    relations: item.relations,
    ...(facts
      ? {
          techInsights: facts.techInsights,
          factHistory: facts.factHistory,
          pushed: facts.pushed,
          pushedHistory: facts.pushedHistory,
        }
      : {}),
  };
}
