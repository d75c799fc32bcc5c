import {
  Entity,
  EntityRelation,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_PARENT_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { RelationTargetEvidence } from '@devops-maturity/plugin-maturity-common';
import type { YamlPath } from './yamlPosition';

/** A spec field that the catalog turns into a relation. */
interface RelationField {
  field: string;
  type: string;
  /** The kind assumed when a ref omits it; refs must name a kind when absent. */
  defaultKind?: string;
}

const owner: RelationField = {
  field: 'owner',
  type: RELATION_OWNED_BY,
  defaultKind: 'group',
};
const system: RelationField = {
  field: 'system',
  type: RELATION_PART_OF,
  defaultKind: 'system',
};
const dependsOn: RelationField = {
  field: 'dependsOn',
  type: RELATION_DEPENDS_ON,
};
const dependencyOf: RelationField = {
  field: 'dependencyOf',
  type: RELATION_DEPENDENCY_OF,
};

/** The spec fields of the built-in kinds that the catalog emits relations for. */
const RELATION_FIELDS: Record<string, RelationField[]> = {
  component: [
    owner,
    system,
    {
      field: 'subcomponentOf',
      type: RELATION_PART_OF,
      defaultKind: 'component',
    },
    { field: 'providesApis', type: RELATION_PROVIDES_API, defaultKind: 'api' },
    { field: 'consumesApis', type: RELATION_CONSUMES_API, defaultKind: 'api' },
    dependsOn,
    dependencyOf,
  ],
  api: [owner, system],
  resource: [owner, system, dependsOn, dependencyOf],
  system: [
    owner,
    { field: 'domain', type: RELATION_PART_OF, defaultKind: 'domain' },
  ],
  domain: [
    owner,
    { field: 'subdomainOf', type: RELATION_PART_OF, defaultKind: 'domain' },
  ],
  group: [
    { field: 'parent', type: RELATION_CHILD_OF, defaultKind: 'group' },
    { field: 'children', type: RELATION_PARENT_OF, defaultKind: 'group' },
    { field: 'members', type: RELATION_HAS_MEMBER, defaultKind: 'user' },
  ],
  user: [{ field: 'memberOf', type: RELATION_MEMBER_OF, defaultKind: 'group' }],
};

/** The relations of one entity as the catalog would derive them from its spec. */
export interface DerivedRelations {
  /** For `entity.relations`. */
  relations: EntityRelation[];
  /**
   * For `EntityEvidence.relations`: every target with unknown existence,
   * since offline nothing can say whether it exists in the live catalog
   * (the caller marks those it has read itself as existing).
   */
  byType: Record<string, RelationTargetEvidence[]>;
  /** Refs that cannot be parsed, with their path in the document. */
  problems: Array<{ path: YamlPath; message: string }>;
}

/**
 * Derives the outgoing relations of an entity from its spec (owner, system,
 * dependsOn, …), the way the catalog's built-in processor does, without the
 * live catalog: every target's existence is unknown.
 */
export function deriveRelations(entity: Entity): DerivedRelations {
  const result: DerivedRelations = { relations: [], byType: {}, problems: [] };
  const fields = RELATION_FIELDS[entity.kind.toLocaleLowerCase('en-US')];
  const spec = entity.spec;
  if (!fields || !spec || typeof spec !== 'object') return result;
  const defaultNamespace = entity.metadata.namespace ?? 'default';

  for (const { field, type, defaultKind } of fields) {
    const raw = (spec as Record<string, unknown>)[field];
    if (raw === undefined || raw === null) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    values.forEach((value, index) => {
      const path: YamlPath = Array.isArray(raw)
        ? ['spec', field, index]
        : ['spec', field];
      if (typeof value !== 'string' || value.trim() === '') {
        result.problems.push({
          path,
          message: 'must be an entity ref (a non-empty string)',
        });
        return;
      }
      let targetRef: string;
      try {
        targetRef = stringifyEntityRef(
          parseEntityRef(value, { defaultKind, defaultNamespace }),
        );
      } catch (error) {
        result.problems.push({
          path,
          message: `'${value}' is not a valid entity ref${
            defaultKind
              ? ''
              : ' (this field needs the kind, e.g. component:name)'
          }: ${(error as Error).message}`,
        });
        return;
      }
      result.relations.push({ type, targetRef });
      (result.byType[type] ??= []).push({ targetRef, exists: undefined });
    });
  }
  return result;
}
