import {
  CompoundEntityRef,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_OWNED_BY,
  RELATION_PARENT_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import type { ReportScopeKind } from '@devops-maturity/plugin-maturity-common';
import type { CatalogEntity } from '../lib/catalogFiles';
import { CliError } from '../lib/errors';

/** The kinds of a system's parts (`partOf` it). */
const PART_KINDS = new Set(['component', 'api', 'resource']);

/** The entities a report covers, read from catalog files; the scope entity first. */
export interface CatalogReportScope {
  kind: ReportScopeKind;
  entityRef: string;
  title?: string;
  entities: CatalogEntity[];
}

const lower = (value: string) => value.toLocaleLowerCase('en-US');

function refOf(ref: CompoundEntityRef): string {
  return lower(`${ref.kind}:${ref.namespace}/${ref.name}`);
}

/** The targets of an entity's relations of one type, normalised. */
function targetsOf(item: CatalogEntity, type: string): string[] {
  return (item.entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => lower(r.targetRef));
}

/** Code-point order, as the backend sorts refs. */
function byRef(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Parses `--scope`; fails (exit 2) unless it names a system or a group. */
export function parseScopeRef(value: string): {
  kind: ReportScopeKind;
  entityRef: string;
} {
  let parsed: CompoundEntityRef;
  try {
    parsed = parseEntityRef(value, { defaultNamespace: 'default' });
  } catch {
    throw new CliError(
      `invalid scope '${value}': name a system or a group with its kind, e.g. system:default/online-payment-platform or group:default/payments`,
    );
  }
  const kind = lower(parsed.kind);
  if (kind !== 'system' && kind !== 'group') {
    throw new CliError(
      `invalid scope '${value}': a report covers a system (with its parts) or a group (with its nested teams), not a ${kind}`,
    );
  }
  return { kind, entityRef: refOf(parsed) };
}

/** The groups under `groupRef` (itself included), through spec.parent and spec.children. */
function groupClosure(groupRef: string, groups: CatalogEntity[]): Set<string> {
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => {
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
  };
  for (const group of groups) {
    const ref = lower(group.entityRef);
    targetsOf(group, RELATION_CHILD_OF).forEach(parent => link(parent, ref));
    targetsOf(group, RELATION_PARENT_OF).forEach(child => link(ref, child));
  }
  const closure = new Set<string>([groupRef]);
  const queue = [groupRef];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (closure.has(child)) continue;
      closure.add(child);
      queue.push(child);
    }
  }
  return closure;
}

/**
 * The entities of a report's scope among those read from catalog files, as
 * the backend scopes a report: a system, then every component, API and
 * resource whose `spec.system` is the system; a group, then its nested groups
 * and every entity they or it own (`spec.owner`). Members are sorted by ref.
 * Fails (exit 2) when the scope entity is not in the files.
 */
export function selectReportScope(
  scopeRef: { kind: ReportScopeKind; entityRef: string },
  entities: CatalogEntity[],
  filesRead: string[],
): CatalogReportScope {
  const { kind, entityRef } = scopeRef;
  const scopeItem = entities.find(e => lower(e.entityRef) === entityRef);
  if (!scopeItem) {
    throw new CliError(
      `no ${kind} ${entityRef} in the catalog files read (${
        filesRead.length ? filesRead.join(', ') : 'none'
      })`,
    );
  }
  let members: CatalogEntity[];
  if (kind === 'system') {
    members = entities.filter(
      e =>
        PART_KINDS.has(lower(e.entity.kind)) &&
        targetsOf(e, RELATION_PART_OF).includes(entityRef),
    );
  } else {
    const groups = entities.filter(e => lower(e.entity.kind) === 'group');
    const closure = groupClosure(entityRef, groups);
    members = entities.filter(e => {
      const ref = lower(e.entityRef);
      if (ref === entityRef) return false;
      if (closure.has(ref)) return true;
      return targetsOf(e, RELATION_OWNED_BY).some(owner => closure.has(owner));
    });
  }
  members.sort((a, b) => byRef(a.entityRef, b.entityRef));
  const title = scopeItem.entity.metadata.title;
  return {
    kind,
    entityRef: scopeItem.entityRef,
    ...(title ? { title } : {}),
    entities: [scopeItem, ...members],
  };
}
