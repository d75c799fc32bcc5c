import type {
  EntityPredicate,
  EntityPredicateValue,
} from '@devops-maturity/plugin-maturity-common';
import type { TechInsightJsonRuleCheck } from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { Untranslatable } from './Untranslatable';

/** A TechInsights check filter: key-value matches, several filters meaning "any of". */
export type CheckFilter = NonNullable<TechInsightJsonRuleCheck['filter']>;

/** Known values of an entity field in the catalog, to express `$not` as the remaining values. */
export type Vocabulary = (path: string) => string[];

/** One conjunction: every key must match one of its values (lower case). */
type Conjunction = Map<string, string[]>;

function allowedValues(value: EntityPredicateValue): string[] {
  if (typeof value === 'string') return [value.toLowerCase()];
  if (typeof value === 'object' && '$in' in value) {
    return value.$in.map(v => {
      if (typeof v !== 'string')
        throw new Untranslatable(`filter value ${v} is not text`);
      return v.toLowerCase();
    });
  }
  throw new Untranslatable(
    `filter value ${JSON.stringify(value)} has no TechInsights filter form`,
  );
}

function both(a: Conjunction, b: Conjunction): Conjunction {
  const merged = new Map(a);
  for (const [key, values] of b) {
    const existing = merged.get(key);
    merged.set(
      key,
      existing ? existing.filter(v => values.includes(v)) : values,
    );
  }
  return merged;
}

/** The predicate as "any of" conjunctions (disjunctive normal form). */
function disjunction(
  predicate: EntityPredicate,
  vocabulary: Vocabulary,
): Conjunction[] {
  if ('$any' in predicate) {
    return (predicate.$any as EntityPredicate[]).flatMap(p =>
      disjunction(p, vocabulary),
    );
  }
  if ('$all' in predicate) {
    return (predicate.$all as EntityPredicate[]).reduce<Conjunction[]>(
      (acc, p) =>
        acc.flatMap(a => disjunction(p, vocabulary).map(b => both(a, b))),
      [new Map()],
    );
  }
  if ('$not' in predicate) {
    // Filters have no negation: "not one of these values" becomes "one of
    // the other values the catalog has for that field".
    const inner = disjunction(predicate.$not as EntityPredicate, vocabulary);
    const [only] = inner;
    if (inner.length !== 1 || only.size !== 1) {
      throw new Untranslatable('$not over more than one field');
    }
    const [[key, excluded]] = [...only];
    const rest = vocabulary(key).filter(
      v => !excluded.includes(v.toLowerCase()),
    );
    return [new Map([[key, rest]])];
  }
  const conjunction: Conjunction = new Map();
  for (const [key, value] of Object.entries(predicate)) {
    conjunction.set(key, allowedValues(value as EntityPredicateValue));
  }
  return [conjunction];
}

/**
 * Translates an `appliesTo` predicate into a TechInsights check filter
 * (`kind`, `spec.type` … matched case-insensitively by jsonfc). `$not` is
 * expressed with the catalog's other values of the field, so it is exact for
 * entities that have the field (components and APIs must have `spec.type`).
 * Throws {@link Untranslatable} for `$exists` and `$contains`.
 */
export function translateAppliesTo(
  predicate: EntityPredicate | undefined,
  vocabulary: Vocabulary,
): CheckFilter | undefined {
  if (!predicate) return undefined;
  const filters = disjunction(predicate, vocabulary).map(conjunction =>
    Object.fromEntries(
      [...conjunction].map(([key, values]) => [
        key,
        values.length === 1 ? values[0] : values,
      ]),
    ),
  );
  return filters.length === 1 ? filters[0] : filters;
}
