import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { MaturityPermissionEntity } from '@devops-maturity/plugin-maturity-node';
import type { MaturityStore } from '../store/MaturityStore';

/**
 * The permission resources of entities: groups get `ancestorGroupRefs` from
 * the group closure (so that `IS_ENTITY_OWNER` lets members of a group above
 * them in); before the first run has built the closure the rule falls back
 * to the group's `childOf` parent. Missing entities stay undefined.
 */
export async function withAncestorGroups(
  entities: Array<Entity | undefined>,
  store: Pick<MaturityStore, 'getGroupAncestors'>,
): Promise<Array<MaturityPermissionEntity | undefined>> {
  return Promise.all(
    entities.map(async entity => {
      if (!entity || entity.kind.toLocaleLowerCase('en-US') !== 'group')
        return entity;
      const ancestors = await store.getGroupAncestors(
        stringifyEntityRef(entity),
      );
      return ancestors.length
        ? { ...entity, ancestorGroupRefs: ancestors }
        : entity;
    }),
  );
}
