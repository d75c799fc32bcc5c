import type { EntityRelation } from '@backstage/catalog-model';
import type { RelationTargetEvidence } from '../evidence/types';

/**
 * Whether an entity ref exists in the catalog: `undefined` when it cannot be
 * known (offline, outside the files read).
 *
 * @public
 */
export type EntityRefLookup = (entityRef: string) => boolean | undefined;

/**
 * An entity's relations by type, each target marked with whether it exists
 * (`EntityEvidence.relations`): the one shape the runner, the dry run and
 * the CLI give the engine, so `relations.ownedBy exists` fails for an owner
 * that does not resolve and is unknown where nobody can tell.
 *
 * @public
 */
export function relationEvidence(
  relations: ReadonlyArray<EntityRelation>,
  exists: EntityRefLookup,
): Record<string, RelationTargetEvidence[]> {
  const byType: Record<string, RelationTargetEvidence[]> = {};
  for (const { type, targetRef } of relations) {
    (byType[type] ??= []).push({ targetRef, exists: exists(targetRef) });
  }
  return byType;
}
