import type { Entity } from '@backstage/catalog-model';
import type { CompiledModel } from '../engine/compileModel';
import type { EntityEvaluation } from '../engine/evaluateEntity';
import type { EntityEvidence } from '../evidence/types';
import { compileEntityPredicate } from '../engine/predicates';
import { compileEntityPath } from '../engine/entityPaths';
import { ABSENT } from '../engine/outcome';
import { indexAtBaseline, resolveBaseline } from '../engine/baselineValue';
import { parseFactReference, FactReference } from '../model/factReference';
import { forEachCondition } from '../model/forEachCondition';
import type { MaturityIndicator } from '../model/types';
import type { IndicatorSample, IndicatorSamples } from './types';
import {
  isReportedFact,
  latestReportedFacts,
  reportedFactHistory,
} from '../evidence/reportedFacts';

/**
 * Options for computing indicator samples.
 *
 * @public
 */
export interface IndicatorSampleOptions {
  /** The moment of evaluation (the rolling baseline window); defaults to now. */
  now?: Date;
  /** The deployment's baseline date (`maturity.baselineDate`), for `baseline: configured`. */
  baselineDate?: string;
}

/** What an indicator needs to know of one entity. */
interface SampleInput {
  entity: Entity;
  evidence: EntityEvidence;
  evaluation: EntityEvaluation;
  nowMs: number;
  baselineDate?: string;
}

/** An indicator's sample of one entity; undefined when out of scope. */
type Sampler = (input: SampleInput) => IndicatorSample | undefined;

const DEFAULT_CHANGE_DAYS = 180;

/** A finite number from a fact value (numbers and numeric text), else undefined. */
function numberOf(value: unknown): number | undefined {
  let n = NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim() !== '') n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Follows the sub-path of a TechInsights fact into an object value. */
function descend(value: unknown, subPath: ReadonlyArray<string>): unknown {
  let current = value;
  for (const key of subPath) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Reads the current value of a fact for an entity (undefined when missing). */
function compileFactReader(
  ref: FactReference,
): (input: SampleInput) => unknown {
  switch (ref.source) {
    case 'techInsights':
    case 'pushed':
      return ({ evidence }) =>
        descend(
          latestReportedFacts(evidence, ref)?.facts[ref.factName],
          ref.subPath,
        );
    case 'entity': {
      const resolve = compileEntityPath(ref.tokens);
      return ({ entity }) => {
        const value = resolve(entity);
        return value === ABSENT ? undefined : value;
      };
    }
    case 'maturity':
      return ({ evaluation }) =>
        evaluation.score.domains.find(d => d.domainId === ref.domainId)
          ?.level ?? undefined;
    default:
      return () => undefined;
  }
}

/** Indices of the checks whose rule reads a fact. */
function checksReading(compiled: CompiledModel, fact: string): number[] {
  const indices: number[] = [];
  for (const { check, index } of compiled.checks) {
    if (!check.rule) continue;
    let reads = false;
    forEachCondition(check.rule, condition => {
      reads ||= condition.fact === fact;
    });
    if (reads) indices.push(index);
  }
  return indices;
}

/** The percent change of a value against a baseline, undefined when it has none. */
function percentChange(current: number, baseline: number): number | undefined {
  if (baseline === 0) return undefined;
  return ((current - baseline) / Math.abs(baseline)) * 100;
}

function compileSampler(
  compiled: CompiledModel,
  indicator: MaturityIndicator,
): Sampler {
  const { aggregation } = indicator;
  const inScope = indicator.appliesTo
    ? compileEntityPredicate(indicator.appliesTo)
    : undefined;

  if (aggregation.type === 'passRate') {
    const index = compiled.getCheck(aggregation.check)?.index;
    return input => {
      const status =
        index === undefined
          ? undefined
          : input.evaluation.checks[index]?.status;
      if (inScope ? !inScope(input.entity) : status === 'not-applicable')
        return undefined;
      if (status === 'passed' || status === 'waived') return 100;
      if (status === 'failed') return 0;
      return null;
    };
  }

  if (aggregation.type === 'levelShare') {
    const { domain, minLevel } = aggregation;
    return input => {
      const result = input.evaluation.score.domains.find(
        d => d.domainId === domain,
      );
      const applies = result?.applicable === true && result.level !== null;
      if (inScope ? !inScope(input.entity) : !applies) return undefined;
      if (!applies) return null;
      return result!.level! >= minLevel ? 100 : 0;
    };
  }

  const ref = parseFactReference(aggregation.fact) as FactReference;
  const read = compileFactReader(ref);
  const readers = checksReading(compiled, aggregation.fact);
  // Without appliesTo, the entities some check reading the fact applies to.
  const concerned = (input: SampleInput) =>
    readers.some(i => input.evaluation.checks[i]?.status !== 'not-applicable');
  const scoped = (input: SampleInput) =>
    inScope ? inScope(input.entity) : concerned(input);

  if (aggregation.type !== 'change') {
    return input => {
      if (!scoped(input)) return undefined;
      return numberOf(read(input)) ?? null;
    };
  }

  if (!isReportedFact(ref)) {
    throw new TypeError(
      `'change' needs a techInsights or pushed fact, got ${aggregation.fact}`,
    );
  }
  const spec = {
    days: aggregation.days ?? DEFAULT_CHANGE_DAYS,
    baseline: aggregation.baseline,
  };
  return input => {
    if (!scoped(input)) return undefined;
    const current = numberOf(read(input));
    if (current === undefined) return null;
    const history = reportedFactHistory(input.evidence, ref) ?? [];
    const { cutoffMs } = resolveBaseline(spec, input.nowMs, input.baselineDate);
    const past = indexAtBaseline(history, cutoffMs);
    const baseline =
      past < 0
        ? undefined
        : numberOf(descend(history[past].value, ref.subPath));
    if (baseline === undefined) return null;
    return percentChange(current, baseline) ?? null;
  };
}

const samplers = new WeakMap<CompiledModel, Array<[string, Sampler]>>();

function samplersOf(compiled: CompiledModel): Array<[string, Sampler]> {
  let list = samplers.get(compiled);
  if (!list) {
    list = (compiled.model.indicators ?? []).map(indicator => [
      indicator.id,
      compileSampler(compiled, indicator),
    ]);
    samplers.set(compiled, list);
  }
  return list;
}

/**
 * Computes what one entity contributes to each indicator of a model, from its
 * evidence and its evaluation under that model (see {@link evaluateEntity}).
 *
 * @remarks
 * An indicator's scope is the entities matching its `appliesTo`; without
 * one, the entities its aggregation concerns (where the check or domain
 * applies, or where a check reading the fact applies). Out of scope: no
 * entry. In scope, the sample is:
 *
 * - `passRate`: 100 when the check passed or is waived, 0 when it failed,
 *   no data (`null`) when it is unknown, in error or not applicable;
 * - `levelShare`: 100 when the domain's level is at least `minLevel`, else
 *   0; no data when the domain does not apply;
 * - `mean`, `min`, `max`, `p50`, `p90`: the fact's current value; no data
 *   when it is missing or not a number;
 * - `change`: the percent change of the fact's current value against its
 *   value at the baseline (from `factHistory` or `pushedHistory`, see `resolveBaseline`); no
 *   data without both values, or when the baseline value is 0.
 *
 * Pure: time only from `options.now`.
 *
 * @public
 */
export function computeIndicatorSamples(
  compiled: CompiledModel,
  evidence: EntityEvidence,
  evaluation: EntityEvaluation,
  options?: IndicatorSampleOptions,
): IndicatorSamples {
  const input: SampleInput = {
    entity: evidence.entity,
    evidence,
    evaluation,
    nowMs: (options?.now ?? new Date()).getTime(),
    baselineDate: options?.baselineDate,
  };
  const samples: IndicatorSamples = {};
  for (const [id, sampler] of samplersOf(compiled)) {
    const sample = sampler(input);
    if (sample !== undefined) samples[id] = sample;
  }
  return samples;
}
