import {
  DEFAULT_NAMESPACE,
  Entity,
  EntityRelation,
  parseEntityRef,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CHILD_OF,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_MEMBER,
  RELATION_HAS_PART,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PARENT_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { EntityFieldPath, EntityProblem } from './entityProblems';

/** A spec field the catalog's built-in processor turns into a pair of relations. */
interface RelationField {
  field: string;
  /** The relation from the entity to the target. */
  type: string;
  /** The relation the catalog stores on the target, back to the entity. */
  reverseType: string;
  /** The kind of a ref that names none; absent: refs must name their kind. */
  defaultKind?: string;
}

const owner: RelationField = {
  field: 'owner',
  type: RELATION_OWNED_BY,
  reverseType: RELATION_OWNER_OF,
  defaultKind: 'Group',
};
const system: RelationField = {
  field: 'system',
  type: RELATION_PART_OF,
  reverseType: RELATION_HAS_PART,
  defaultKind: 'System',
};
const dependsOn: RelationField = {
  field: 'dependsOn',
  type: RELATION_DEPENDS_ON,
  reverseType: RELATION_DEPENDENCY_OF,
};
const dependencyOf: RelationField = {
  field: 'dependencyOf',
  type: RELATION_DEPENDENCY_OF,
  reverseType: RELATION_DEPENDS_ON,
};

/**
 * The spec fields of `BuiltinKindsEntityProcessor`, by kind spelled exactly
 * as the processor matches it.
 */
const RELATION_FIELDS: Record<string, RelationField[]> = {
  Component: [
    owner,
    {
      field: 'subcomponentOf',
      type: RELATION_PART_OF,
      reverseType: RELATION_HAS_PART,
      defaultKind: 'Component',
    },
    {
      field: 'providesApis',
      type: RELATION_PROVIDES_API,
      reverseType: RELATION_API_PROVIDED_BY,
      defaultKind: 'API',
    },
    {
      field: 'consumesApis',
      type: RELATION_CONSUMES_API,
      reverseType: RELATION_API_CONSUMED_BY,
      defaultKind: 'API',
    },
    dependsOn,
    dependencyOf,
    system,
  ],
  API: [owner, system],
  Resource: [owner, dependsOn, dependencyOf, system],
  User: [
    {
      field: 'memberOf',
      type: RELATION_MEMBER_OF,
      reverseType: RELATION_HAS_MEMBER,
      defaultKind: 'Group',
    },
  ],
  Group: [
    {
      field: 'parent',
      type: RELATION_CHILD_OF,
      reverseType: RELATION_PARENT_OF,
      defaultKind: 'Group',
    },
    {
      field: 'children',
      type: RELATION_PARENT_OF,
      reverseType: RELATION_CHILD_OF,
      defaultKind: 'Group',
    },
    {
      field: 'members',
      type: RELATION_HAS_MEMBER,
      reverseType: RELATION_MEMBER_OF,
      defaultKind: 'User',
    },
  ],
  System: [
    owner,
    {
      field: 'domain',
      type: RELATION_PART_OF,
      reverseType: RELATION_HAS_PART,
      defaultKind: 'Domain',
    },
  ],
  Domain: [
    owner,
    {
      field: 'subdomainOf',
      type: RELATION_PART_OF,
      reverseType: RELATION_HAS_PART,
      defaultKind: 'Domain',
    },
  ],
};

/**
 * The relation types an entity's spec can give it (`ownedBy`, `partOf`, …):
 * an entity holds one of these towards every entity whose relations reach it
 * through a spec.
 *
 * @public
 */
export const SPEC_RELATION_TYPES: readonly string[] = [
  ...new Set(
    Object.values(RELATION_FIELDS).flatMap(fields => fields.map(f => f.type)),
  ),
];

/**
 * One relation an entity's spec makes.
 *
 * @public
 */
export interface SpecRelation {
  /** The relation from the entity, e.g. `ownedBy`. */
  type: string;
  /** The target, `kind:namespace/name`. */
  targetRef: string;
  /** The relation the catalog stores on the target, e.g. `ownerOf`. */
  reverseType: string;
  /** The spec field it comes from, e.g. `['spec', 'dependsOn', 0]`. */
  path: EntityFieldPath;
}

/**
 * The relations of an entity's spec, and the refs that cannot be parsed.
 *
 * @public
 */
export interface SpecRelations {
  /** The relations, in the order of the processor's fields. */
  relations: SpecRelation[];
  /** The refs that cannot be parsed, with their paths. */
  problems: EntityProblem[];
}

/**
 * Derives the relations an entity's spec makes, the way the catalog's
 * `BuiltinKindsEntityProcessor` does: the built-in kinds' fields, refs
 * completed with the field's default kind and the entity's namespace. A ref
 * that cannot be parsed (a `dependsOn` without kind) is a problem, as it
 * fails the entity's processing in the catalog.
 *
 * @public
 */
export function deriveSpecRelations(entity: Entity): SpecRelations {
  const result: SpecRelations = { relations: [], problems: [] };
  const fields = RELATION_FIELDS[entity.kind];
  const spec = entity.spec as Record<string, unknown> | undefined;
  if (!fields || typeof spec !== 'object' || spec === null) return result;
  const defaultNamespace = entity.metadata.namespace || DEFAULT_NAMESPACE;

  for (const { field, type, reverseType, defaultKind } of fields) {
    const raw = spec[field];
    // the processor skips empty values
    if (!raw) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    values.forEach((value, index) => {
      const path = Array.isArray(raw)
        ? ['spec', field, index]
        : ['spec', field];
      if (typeof value !== 'string' || value.trim() === '') {
        result.problems.push({
          path,
          message: 'must be an entity ref (a non-empty string)',
        });
        return;
      }
      try {
        const targetRef = stringifyEntityRef(
          parseEntityRef(value, { defaultKind, defaultNamespace }),
        );
        result.relations.push({ type, targetRef, reverseType, path });
      } catch (error) {
        result.problems.push({
          path,
          message: `${JSON.stringify(value)} is not a valid entity ref${
            defaultKind
              ? ''
              : ' (this field needs the kind, e.g. component:name)'
          }: ${(error as Error).message}`,
        });
      }
    });
  }
  return result;
}

/**
 * The key under which entity refs compare: the catalog matches them
 * case-insensitively.
 *
 * @public
 */
export function refKey(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

/**
 * The relations the catalog stores on entities because of other entities'
 * specs (`ownerOf` on a group that components name as owner, `hasMember` on
 * a group that users name in `memberOf`, …), by target ref (lower case).
 * Entities whose refs cannot be parsed contribute the relations that can.
 *
 * @public
 */
export function deriveReverseRelations(
  sources: Iterable<Entity>,
): Map<string, EntityRelation[]> {
  const byTarget = new Map<string, EntityRelation[]>();
  for (const source of sources) {
    const sourceRef = stringifyEntityRef(source);
    for (const relation of deriveSpecRelations(source).relations) {
      const key = refKey(relation.targetRef);
      const list = byTarget.get(key) ?? [];
      list.push({ type: relation.reverseType, targetRef: sourceRef });
      byTarget.set(key, list);
    }
  }
  return byTarget;
}

/**
 * An entity's relations as the catalog stores them: those of its own spec,
 * then those other entities' specs give it (`reverse`, from
 * `deriveReverseRelations`), each pair once.
 *
 * @public
 */
export function catalogRelationsOf(
  entity: Entity,
  reverse: Map<string, EntityRelation[]> | undefined,
): EntityRelation[] {
  const relations: EntityRelation[] = [];
  const seen = new Set<string>();
  const add = (relation: EntityRelation) => {
    const key = `${relation.type} ${refKey(relation.targetRef)}`;
    if (seen.has(key)) return;
    seen.add(key);
    relations.push({ type: relation.type, targetRef: relation.targetRef });
  };
  deriveSpecRelations(entity).relations.forEach(add);
  reverse?.get(refKey(stringifyEntityRef(entity)))?.forEach(add);
  return relations;
}
