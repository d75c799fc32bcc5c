import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { MATURITY_ENTITY_RESOURCE_TYPE } from '@devops-maturity/plugin-maturity-common';
import { z } from 'zod';

/**
 * Query form of maturity-entity conditions (the maturity backend applies them
 * to loaded entities only, so this is a plain description of the filter).
 *
 * @public
 */
export type MaturityEntityQuery = { ownerRefs: string[] };

/**
 * The resource the maturity-entity rules apply to: the catalog entity, and
 * for a group the refs of every group above it (nearest first), which the
 * maturity backend adds from its group closure.
 *
 * @public
 */
export type MaturityPermissionEntity = Entity & {
  /** For a group: the groups above it, nearest first. */
  ancestorGroupRefs?: string[];
};

/**
 * The permission resource of attestations and waivers: the catalog entity
 * they concern.
 *
 * @public
 */
export const maturityEntityPermissionResourceRef = createPermissionResourceRef<
  MaturityPermissionEntity,
  MaturityEntityQuery
>().with({
  pluginId: 'maturity',
  resourceType: MATURITY_ENTITY_RESOURCE_TYPE,
});

const claimsSchema = z.object({
  claims: z.array(z.string()).describe('Entity refs that may own the entity'),
});

/**
 * The refs that own an entity for permissions: its `ownedBy` targets; for a
 * group, the group itself and every group above it (`ancestorGroupRefs`,
 * else its `childOf` parent), so that members of a group or of a group above
 * it own it.
 */
function ownersOf(entity: MaturityPermissionEntity): string[] {
  if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
    const above =
      entity.ancestorGroupRefs ??
      (entity.relations ?? [])
        .filter(r => r.type === RELATION_CHILD_OF)
        .map(r => r.targetRef);
    return [stringifyEntityRef(entity), ...above];
  }
  return (entity.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => r.targetRef);
}

/**
 * `IS_ENTITY_OWNER`: the entity is owned by one of the claims (the caller's
 * ownership refs: the user and their groups). A group is owned by its
 * members and the members of every group above it.
 *
 * @public
 */
export const isMaturityEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description: 'Allow entities owned by any of the given entity refs',
  resourceRef: maturityEntityPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply(entity: MaturityPermissionEntity, { claims }: { claims: string[] }) {
    const claimed = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
    return ownersOf(entity).some(owner =>
      claimed.has(owner.toLocaleLowerCase('en-US')),
    );
  },
  toQuery({ claims }: { claims: string[] }) {
    return { ownerRefs: claims };
  },
});

/**
 * The rules of the maturity-entity resource type.
 *
 * @public
 */
export const maturityEntityPermissionRules = {
  isEntityOwner: isMaturityEntityOwner,
};

const exported = createConditionExports({
  resourceRef: maturityEntityPermissionResourceRef,
  rules: maturityEntityPermissionRules,
});

/**
 * Condition factories for policies, e.g.
 * `maturityEntityConditions.isEntityOwner({ claims: user.info.ownershipEntityRefs })`.
 *
 * @public
 */
export const maturityEntityConditions = exported.conditions;

/**
 * Builds a conditional decision for a maturity-entity permission.
 *
 * @public
 */
export const createMaturityEntityConditionalDecision =
  exported.createConditionalDecision;
