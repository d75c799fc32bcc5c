import type { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { GroupNode } from '../store/types';

/**
 * What an evaluation run needs to know about the whole catalog: which entity
 * refs exist (so relations to missing entities don't count) and the group tree
 * (for nested rollups).
 */
export interface CatalogIndex {
  refs: Set<string>;
  groups: GroupNode[];
}

/** Reads the catalog index with two lean paged queries. */
export async function readCatalogIndex(options: {
  catalog: CatalogService;
  auth: AuthService;
  batchSize: number;
}): Promise<CatalogIndex> {
  const { catalog, auth, batchSize } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const refs = new Set<string>();
  for await (const page of catalog.streamEntities(
    {
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
      pageSize: batchSize,
    },
    { credentials },
  )) {
    for (const entity of page) refs.add(stringifyEntityRef(entity));
  }
  const groups: GroupNode[] = [];
  for await (const page of catalog.streamEntities(
    {
      filter: { kind: 'group' },
      fields: ['kind', 'metadata', 'spec.type', 'spec.profile', 'relations'],
      pageSize: batchSize,
    },
    { credentials },
  )) {
    for (const group of page) groups.push(toGroupNode(group));
  }
  return { refs, groups };
}

function toGroupNode(group: Entity): GroupNode {
  const parent = group.relations?.find(r => r.type === RELATION_CHILD_OF);
  const profile = (group.spec?.profile ?? {}) as { displayName?: string };
  return {
    groupRef: stringifyEntityRef(group),
    title: profile.displayName ?? group.metadata.title ?? group.metadata.name,
    type: typeof group.spec?.type === 'string' ? group.spec.type : undefined,
    parentRef: parent?.targetRef,
  };
}
