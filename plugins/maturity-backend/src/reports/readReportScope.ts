import type { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_HAS_PART,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ReportLink,
  ReportScopeKind,
} from '@devops-maturity/plugin-maturity-common';
import type { MaturityStore } from '../store/MaturityStore';

/** The kinds of a system's parts (`partOf` it). */
const PART_KINDS = new Set(['component', 'api', 'resource']);

/** What the report quotes of a catalog entity. */
export interface ScopeEntity {
  entityRef: string;
  kind: string;
  title?: string;
  annotations?: Record<string, string>;
  links?: ReportLink[];
}

/** The entities of a report's scope, the scope entity first. */
export interface ReportScope {
  kind: ReportScopeKind;
  entityRef: string;
  title?: string;
  entities: ScopeEntity[];
}

const CATALOG_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.links',
];

function scopeEntityOf(entity: Entity): ScopeEntity {
  const links = (entity.metadata.links ?? []).flatMap(link =>
    typeof link?.url === 'string'
      ? [{ url: link.url, ...(link.title ? { title: link.title } : {}) }]
      : [],
  );
  return {
    entityRef: stringifyEntityRef(entity),
    kind: entity.kind,
    ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
    ...(entity.metadata.annotations
      ? { annotations: entity.metadata.annotations }
      : {}),
    ...(links.length ? { links } : {}),
  };
}

/** The scope kind named by a request (`system` or `group`); 400 otherwise. */
export function readScopeKind(value: unknown, param = 'kind'): ReportScopeKind {
  const kind =
    typeof value === 'string' ? value.toLocaleLowerCase('en-US') : '';
  if (kind !== 'system' && kind !== 'group') {
    throw new InputError(
      `Invalid ${param} '${String(
        value,
      )}': a report covers a system or a group`,
    );
  }
  return kind;
}

/**
 * The entities a report covers. A system: itself, then every component, API
 * and resource that is part of it (its `hasPart` relations). A group: itself,
 * its nested groups and everything they own (the rollup's group closure).
 * 404 when the scope entity is not in the catalog.
 */
export async function readReportScope(options: {
  catalog: CatalogService;
  auth: AuthService;
  store: MaturityStore;
  kind: ReportScopeKind;
  entityRef: string;
}): Promise<ReportScope> {
  const { catalog, auth, store, kind, entityRef } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const scopeEntity = await catalog.getEntityByRef(entityRef, { credentials });
  if (!scopeEntity) {
    throw new NotFoundError(`No ${kind} ${entityRef} in the catalog`);
  }
  const scopeRef = stringifyEntityRef(scopeEntity);
  const memberRefs =
    kind === 'system'
      ? [
          ...new Set(
            (scopeEntity.relations ?? [])
              .filter(
                r =>
                  r.type === RELATION_HAS_PART &&
                  PART_KINDS.has(parseEntityRef(r.targetRef).kind),
              )
              .map(r => r.targetRef),
          ),
        ].sort()
      : (await store.listEntitiesUnderGroup(scopeRef)).filter(
          ref => ref !== scopeRef,
        );
  const members: ScopeEntity[] = [];
  for (let i = 0; i < memberRefs.length; i += 500) {
    const refs = memberRefs.slice(i, i + 500);
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: CATALOG_FIELDS },
      { credentials },
    );
    items.forEach((item, index) =>
      members.push(
        item
          ? scopeEntityOf(item)
          : // known to the store but gone from the catalog: quoted by ref only
            { entityRef: refs[index], kind: parseEntityRef(refs[index]).kind },
      ),
    );
  }
  return {
    kind,
    entityRef: scopeRef,
    ...(scopeEntity.metadata.title
      ? { title: scopeEntity.metadata.title }
      : {}),
    entities: [scopeEntityOf(scopeEntity), ...members],
  };
}
