import { formatModelPath, type ModelPath } from './problems';
import type { SchemaIssue } from './schema';
import { parseFactReference } from './factReference';
import { didYouMean } from './suggest';
import type { FactUse } from './validateReferences';
import { isRecord } from './values';
import { isReportedFact } from '../evidence/reportedFacts';

/** Operators that compare a fact as a number. */
const NUMERIC_OPERATORS = new Set(['gt', 'gte', 'lt', 'lte', 'trend']);
const FACT_STATISTICS = new Set(['mean', 'min', 'max', 'p50', 'p90', 'change']);

/** What the rest of the model defines, for the indicators' references. */
export interface IndicatorReferenceScope {
  checkIds: ReadonlySet<string>;
  domainIds: ReadonlySet<string>;
  /** Every condition's fact, with its operator. */
  facts: ReadonlyArray<FactUse>;
}

/**
 * Finds the problems of the `indicators` of a raw (possibly invalid) model
 * that span nodes: duplicate ids, unknown checks and domains, and facts no
 * check reads (the runner fetches only those), reads as a number, or (for
 * `change`) has history of.
 */
export function validateIndicators(
  raw: unknown,
  scope: IndicatorReferenceScope,
): SchemaIssue[] {
  if (!Array.isArray(raw)) return [];
  const issues: SchemaIssue[] = [];
  const operatorsByFact = new Map<string, Set<string>>();
  for (const use of scope.facts) {
    const set = operatorsByFact.get(use.fact) ?? new Set<string>();
    if (typeof use.operator === 'string') set.add(use.operator);
    operatorsByFact.set(use.fact, set);
  }
  const firstById = new Map<string, ModelPath>();

  raw.forEach((indicator, i) => {
    const path: ModelPath = ['indicators', i];
    if (!isRecord(indicator)) return;
    if (typeof indicator.id === 'string') {
      const first = firstById.get(indicator.id);
      if (first) {
        issues.push({
          path: [...path, 'id'],
          message: `duplicate indicator id '${
            indicator.id
          }' (first defined at ${formatModelPath(first)})`,
        });
      } else {
        firstById.set(indicator.id, path);
      }
    }
    const aggregation = indicator.aggregation;
    if (!isRecord(aggregation) || typeof aggregation.type !== 'string') return;
    const at = [...path, 'aggregation'];
    const { type } = aggregation;
    if (type === 'passRate' && typeof aggregation.check === 'string') {
      if (!scope.checkIds.has(aggregation.check)) {
        issues.push({
          path: [...at, 'check'],
          message: `no check '${aggregation.check}' in this model${didYouMean(
            aggregation.check,
            [...scope.checkIds],
          )}`,
        });
      }
    } else if (
      type === 'levelShare' &&
      typeof aggregation.domain === 'string'
    ) {
      if (!scope.domainIds.has(aggregation.domain)) {
        issues.push({
          path: [...at, 'domain'],
          message: `no domain '${aggregation.domain}' in this model${didYouMean(
            aggregation.domain,
            [...scope.domainIds],
          )}`,
        });
      }
    } else if (
      FACT_STATISTICS.has(type) &&
      typeof aggregation.fact === 'string'
    ) {
      const problem = factProblem(type, aggregation.fact, operatorsByFact);
      if (problem) issues.push({ path: [...at, 'fact'], message: problem });
    }
  });
  return issues;
}

/** Why an indicator cannot aggregate a fact, if it cannot. */
function factProblem(
  type: string,
  fact: string,
  operatorsByFact: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  const ref = parseFactReference(fact);
  if ('error' in ref) return undefined; // reported by the schema
  if (type === 'change' && !isReportedFact(ref)) {
    return `'change' compares a fact with its history, which only techInsights and pushed facts have; '${fact}' is a ${ref.source} fact`;
  }
  const operators = operatorsByFact.get(fact);
  if (!operators) {
    return `no check of this model reads '${fact}'${didYouMean(fact, [
      ...operatorsByFact.keys(),
    ])}: an indicator aggregates only facts the checks read, as only those are fetched`;
  }
  if (![...operators].some(o => NUMERIC_OPERATORS.has(o))) {
    return `'${fact}' is not a numeric fact: the model reads it only with ${[
      ...operators,
    ]
      .sort()
      .join(
        ', ',
      )} (a numeric fact is compared with gt, gte, lt, lte or trend somewhere)`;
  }
  return undefined;
}
