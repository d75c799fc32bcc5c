import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
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
 * The permission resource of attestations and waivers: the catalog entity
 * they concern.
 *
 * @public
 */
export const maturityEntityPermissionResourceRef = createPermissionResourceRef<
  Entity,
  MaturityEntityQuery
>().with({
  pluginId: 'maturity',
  resourceType: MATURITY_ENTITY_RESOURCE_TYPE,
});

const claimsSchema = z.object({
  claims: z.array(z.string()).describe('Entity refs that may own the entity'),
});

/**
 * `IS_ENTITY_OWNER`: the entity is owned by one of the claims (the caller's
 * ownership refs: the user and their groups).
 *
 * @public
 */
export const isMaturityEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description: 'Allow entities owned by any of the given entity refs',
  resourceRef: maturityEntityPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply(entity: Entity, { claims }: { claims: string[] }) {
    const owners = (entity.relations ?? [])
      .filter(r => r.type === RELATION_OWNED_BY)
      .map(r => r.targetRef.toLocaleLowerCase('en-US'));
    const claimed = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
    return owners.some(owner => claimed.has(owner));
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
