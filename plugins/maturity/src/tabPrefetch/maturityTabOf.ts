import { stringifyEntityRef } from '@backstage/catalog-model';

/** The kinds with the entity Maturity tab (`maturity.kinds` by default). */
export const ENTITY_TAB_KINDS = ['component', 'system', 'api', 'resource'];

/** A Maturity tab: of an evaluated entity, or of a group. */
export interface MaturityTab {
  tab: 'entity' | 'group';
  entityRef: string;
}

/** The catalog's entity route (`/catalog/:namespace/:kind/:name`) + `/maturity`. */
const TAB_PATH = /^\/catalog\/([^/]+)\/([^/]+)\/([^/]+)\/maturity\/?$/;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The Maturity tab an app path shows, if any: the entity's Maturity tab of
 * the evaluated kinds, the group's of groups.
 */
export function maturityTabOf(pathname: string): MaturityTab | undefined {
  const match = TAB_PATH.exec(pathname);
  if (!match) return undefined;
  const [namespace, kind, name] = match.slice(1).map(decoded);
  if (!namespace || !kind || !name) return undefined;
  const lowerKind = kind.toLocaleLowerCase('en-US');
  let tab: MaturityTab['tab'] | undefined;
  if (lowerKind === 'group') tab = 'group';
  else if (ENTITY_TAB_KINDS.includes(lowerKind)) tab = 'entity';
  if (!tab) return undefined;
  return { tab, entityRef: stringifyEntityRef({ kind, namespace, name }) };
}
