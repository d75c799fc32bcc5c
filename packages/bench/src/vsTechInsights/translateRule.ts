import type {
  JsonValue,
  RuleCondition,
  RuleNode,
} from '@devops-maturity/plugin-maturity-common';
import { isListPath } from './entityPaths';
import { Untranslatable } from './Untranslatable';

/** The retriever whose facts carry the entity's own fields (annotations, links, spec …). */
export const ENTITY_METADATA_RETRIEVER = 'entityMetadata';

/** The derived fact holding the age in days of a date fact (for `withinDays`). */
export const ageFactName = (factName: string) => `${factName}AgeDays`;

/** A json-rules-engine condition as jsonfc accepts it (its schema has no `not`). */
export type JsonCondition =
  | {
      fact: string;
      operator: string;
      value: JsonValue;
      params: { factRetrieverId: string };
    }
  | { all: JsonCondition[] }
  | { any: JsonCondition[] };

/** The facts a translated rule reads. */
export interface FactNeeds {
  /** Retriever ids (the check's `factIds`). */
  retrievers: Set<string>;
  /** Entity paths served as facts of {@link ENTITY_METADATA_RETRIEVER}. */
  entityPaths: Set<string>;
  /** Date facts whose age in days is served as a derived fact. */
  ageFacts: Array<{ retrieverId: string; factName: string }>;
}

/** Creates an empty {@link FactNeeds}. */
export function noFactNeeds(): FactNeeds {
  return { retrievers: new Set(), entityPaths: new Set(), ageFacts: [] };
}

const COMPARISONS: Record<string, string> = {
  gt: 'greaterThan',
  gte: 'greaterThanInclusive',
  lt: 'lessThan',
  lte: 'lessThanInclusive',
};

const SOURCES_WITHOUT_FACTS: Record<string, string> = {
  relations:
    'relation targets and whether they exist in the catalog are graph evidence, not facts',
  attestation: 'attestations are human evidence, not facts',
  maturity: 'reads the level of another domain',
};

function translateCondition(
  condition: RuleCondition,
  needs: FactNeeds,
): JsonCondition {
  const { fact, operator, value = null } = condition;
  const dot = fact.indexOf('.');
  const source = fact.slice(0, dot);
  const address = fact.slice(dot + 1);
  if (SOURCES_WITHOUT_FACTS[source])
    throw new Untranslatable(SOURCES_WITHOUT_FACTS[source]);

  let retrieverId: string;
  let factName: string;
  let isSet = false;
  if (source === 'techInsights') {
    const parts = address.split('.');
    if (parts.length !== 2)
      throw new Untranslatable(`nested TechInsights fact ${fact}`);
    [retrieverId, factName] = parts;
    if (operator === 'withinDays') {
      needs.ageFacts.push({ retrieverId, factName });
      factName = ageFactName(factName);
    }
  } else {
    retrieverId = ENTITY_METADATA_RETRIEVER;
    factName = address;
    isSet = isListPath(address);
    needs.entityPaths.add(address);
    if (operator === 'withinDays')
      throw new Untranslatable('withinDays on an entity field');
  }
  needs.retrievers.add(retrieverId);
  const params = { factRetrieverId: retrieverId };
  const make = (op: string, operand: JsonValue): JsonCondition => ({
    fact: factName,
    operator: op,
    value: operand,
    params,
  });

  switch (operator) {
    case 'exists':
      // Absent values are served as null (entity fields); a missing
      // TechInsights fact makes jsonfc skip the check (our "unknown").
      return make(value === false ? 'in' : 'notIn', [null]);
    case 'equals':
    case 'notEquals':
      if (isSet) throw new Untranslatable(`${operator} on a list`);
      return make(operator === 'equals' ? 'equal' : 'notEqual', value);
    case 'in':
      return isSet
        ? { any: (value as JsonValue[]).map(v => make('contains', v)) }
        : make('in', value);
    case 'contains':
      if (!isSet) throw new Untranslatable('contains on text (a substring)');
      return make('contains', value);
    case 'matches':
      return make('matches', value);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return make(COMPARISONS[operator], value);
    case 'withinDays':
      return make('lessThanInclusive', value);
    default:
      throw new Untranslatable(
        operator === 'trend'
          ? 'trend compares with fact history; jsonfc rules see the latest facts only'
          : `operator ${operator}`,
      );
  }
}

function translateNode(node: RuleNode, needs: FactNeeds): JsonCondition {
  if ('all' in node)
    return { all: node.all.map(child => translateNode(child, needs)) };
  if ('any' in node)
    return { any: node.any.map(child => translateNode(child, needs)) };
  if ('not' in node)
    throw new Untranslatable('`not` is not in the jsonfc condition schema');
  // The bench has no pushed facts, so every child of `first` but the last (the
  // TechInsights fallback) is unknown and `first` is exactly its last child.
  if ('first' in node)
    return translateNode(node.first[node.first.length - 1], needs);
  return translateCondition(node, needs);
}

/**
 * Translates a rule into jsonfc conditions (`all`/`any` at the top) and
 * records the facts it reads. Throws {@link Untranslatable} with the reason
 * when a part has no TechInsights equivalent.
 */
export function translateRule(
  rule: RuleNode,
  needs: FactNeeds,
): Extract<JsonCondition, { all: unknown } | { any: unknown }> {
  const top = translateNode(rule, needs);
  return 'all' in top || 'any' in top ? top : { all: [top] };
}
