import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  relationEvidence,
  RelationTargetEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type { EvaluatedEntityInfo } from '../store/types';

/**
 * The catalog facts stored with an entity's results. A group's own
 * scorecard is stored without owner, so that it never counts in the rollups
 * of the entities groups own.
 */
export function entityInfoOf(entity: Entity): EvaluatedEntityInfo {
  const owner =
    entity.kind.toLocaleLowerCase('en-US') === 'group'
      ? undefined
      : entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  return {
    entityRef: stringifyEntityRef(entity),
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
    title: entity.metadata.title,
    specType: typeof spec.type === 'string' ? spec.type : undefined,
    lifecycle: typeof spec.lifecycle === 'string' ? spec.lifecycle : undefined,
    ownerRef: owner?.targetRef,
    ...(entity.metadata.tags?.length
      ? { tags: entity.metadata.tags.filter(t => typeof t === 'string') }
      : {}),
  };
}

/**
 * The entity's relations by type, each target marked with whether it exists
 * in the catalog (`refs`), so `relations.ownedBy exists` fails for an owner
 * that does not resolve: the shape the dry run and the CLI build too.
 */
export function relationEvidenceOf(
  entity: Entity,
  refs: Set<string> | undefined,
): Record<string, RelationTargetEvidence[]> {
  return relationEvidence(entity.relations ?? [], ref =>
    refs ? refs.has(ref) : undefined,
  );
}
