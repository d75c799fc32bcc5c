import { EntityPathToken, parseEntityPath } from './entityPath';

/** The fields of an attestation a rule can address. */
export const ATTESTATION_FIELDS = [
  'attestedAt',
  'expiresAt',
  'author',
  'evidenceUrl',
  'comment',
] as const;

/** A parsed fact address of a rule condition. */
export type FactReference =
  | { source: 'entity'; path: string; tokens: EntityPathToken[] }
  | { source: 'relations'; relationType: string; targetKind?: string }
  | {
      source: 'techInsights';
      retrieverId: string;
      factName: string;
      subPath: string[];
    }
  | {
      source: 'pushed';
      sourceName: string;
      factName: string;
      subPath: string[];
    }
  | {
      source: 'attestation';
      checkId: string;
      field?: (typeof ATTESTATION_FIELDS)[number];
    }
  | { source: 'maturity'; domainId: string };

/** The fact sources, as written before the first dot. */
export const FACT_SOURCES = [
  'entity',
  'relations',
  'techInsights',
  'pushed',
  'attestation',
  'maturity',
] as const;

const NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Parses a fact address such as `techInsights.sloFactRetriever.sloDefined`
 * or `pushed.ci.coverage`.
 * Returns an error message when the address is malformed.
 */
export function parseFactReference(
  fact: string,
): FactReference | { error: string } {
  const dot = fact.indexOf('.');
  const source = dot < 0 ? fact : fact.slice(0, dot);
  const rest = dot < 0 ? '' : fact.slice(dot + 1);
  switch (source) {
    case 'entity': {
      const parsed = parseEntityPath(rest);
      if ('error' in parsed) {
        return { error: `invalid entity path '${rest}': ${parsed.error}` };
      }
      return { source: 'entity', path: rest, tokens: parsed.tokens };
    }
    case 'relations': {
      const parts = rest.split('.');
      if (!rest || parts.length > 2 || !parts.every(p => NAME.test(p))) {
        return {
          error: `expected relations.<type> or relations.<type>.<targetKind>, e.g. relations.ownedBy.group`,
        };
      }
      return {
        source: 'relations',
        relationType: parts[0],
        targetKind: parts[1]?.toLocaleLowerCase('en-US'),
      };
    }
    case 'techInsights': {
      const parts = rest.split('.');
      if (parts.length < 2 || !parts.every(p => NAME.test(p))) {
        return {
          error: `expected techInsights.<retrieverId>.<factName>, e.g. techInsights.sloFactRetriever.sloDefined`,
        };
      }
      return {
        source: 'techInsights',
        retrieverId: parts[0],
        factName: parts[1],
        subPath: parts.slice(2),
      };
    }
    case 'pushed': {
      const parts = rest.split('.');
      if (parts.length < 2 || !parts.every(p => NAME.test(p))) {
        return {
          error: `expected pushed.<source>.<factName>, e.g. pushed.ci.coverage`,
        };
      }
      return {
        source: 'pushed',
        sourceName: parts[0],
        factName: parts[1],
        subPath: parts.slice(2),
      };
    }
    case 'attestation': {
      const parts = rest.split('.');
      const field = parts[1] as (typeof ATTESTATION_FIELDS)[number] | undefined;
      if (
        !rest ||
        parts.length > 2 ||
        !NAME.test(parts[0]) ||
        (field !== undefined && !ATTESTATION_FIELDS.includes(field))
      ) {
        return {
          error: `expected attestation.<checkId> or attestation.<checkId>.<field> with field one of ${ATTESTATION_FIELDS.join(
            ', ',
          )}`,
        };
      }
      return { source: 'attestation', checkId: parts[0], field };
    }
    case 'maturity': {
      const parts = rest.split('.');
      if (parts.length !== 2 || !NAME.test(parts[0]) || parts[1] !== 'level') {
        return {
          error: `expected maturity.<domainId>.level, e.g. maturity.sre.level`,
        };
      }
      return { source: 'maturity', domainId: parts[0] };
    }
    default:
      return {
        error: `unknown fact source '${source}' (expected one of ${FACT_SOURCES.join(
          ', ',
        )})`,
      };
  }
}
