import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  catalogRelationsOf,
  deriveReverseRelations,
  refKey,
  relationEvidence,
  RelationTargetEvidence,
  SPEC_RELATION_TYPES,
} from '@devops-maturity/plugin-maturity-common';

/** Targets looked up per catalog request. */
const LOOKUP_BATCH = 200;

/**
 * The relations the catalog would store on an entity it has not processed
 * (the dry run's posted one), each target marked with whether it exists in
 * the live catalog: the relations of its spec, and those other catalog
 * entities' specs give it (`ownerOf`, `hasMember`, `apiProvidedBy`, …),
 * derived as the catalog's built-in processor does. The shape equals the
 * runner's, which reads the same relations from the catalog.
 */
export async function readCatalogRelations(options: {
  entity: Entity;
  catalog: CatalogService;
  credentials: BackstageCredentials;
}): Promise<Record<string, RelationTargetEvidence[]>> {
  const { entity, catalog, credentials } = options;
  const selfKey = refKey(stringifyEntityRef(entity));

  // Entities holding a spec relation to this one; the stored version of the
  // entity itself is replaced by the posted one.
  const sources: Entity[] = [entity];
  for await (const page of catalog.streamEntities(
    {
      filter: SPEC_RELATION_TYPES.map(type => ({
        [`relations.${type.toLocaleLowerCase('en-US')}`]: selfKey,
      })),
      fields: [
        'apiVersion',
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec',
      ],
    },
    { credentials },
  )) {
    for (const source of page) {
      if (refKey(stringifyEntityRef(source)) !== selfKey) sources.push(source);
    }
  }
  const relations = catalogRelationsOf(entity, deriveReverseRelations(sources));

  // The sources were read from the catalog; the other targets are looked up.
  const existing = new Set(
    sources.slice(1).map(source => refKey(stringifyEntityRef(source))),
  );
  const unknown = [
    ...new Set(
      relations.map(r => refKey(r.targetRef)).filter(ref => !existing.has(ref)),
    ),
  ];
  for (let start = 0; start < unknown.length; start += LOOKUP_BATCH) {
    const refs = unknown.slice(start, start + LOOKUP_BATCH);
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    refs.forEach((ref, i) => {
      if (items[i]) existing.add(ref);
    });
  }
  return relationEvidence(relations, ref => existing.has(refKey(ref)));
}
