import type {
  FactHistoryPoint,
  RelationTargetEvidence,
} from '../evidence/types';
import type { FactReference } from '../model/factReference';
import type { RuleCondition, TrendRequirement } from '../model/types';
import { compileRegex } from '../model/operators';
import {
  indexAtBaseline,
  isIsoDate,
  resolveBaseline,
  rollingCutoffMs,
} from './baselineValue';
import { changesAt, type EvaluationContext } from './context';
import { rollingBaselineChangesAt, withinDaysChangesAt } from './changeTimes';
import {
  DAY,
  comparable,
  formatDate,
  formatDateOf,
  formatNumber,
  formatNumberBeside,
  formatThreshold,
  formatValue,
  parseDate,
} from './format';
import {
  Absent,
  Outcome,
  RuleStatus,
  Unknown,
  conditionOutcome,
} from './outcome';
import { FactResolver } from './facts';
import { parseTimestamp } from './parseTimestamp';
import {
  isReportedFact,
  reportedFactHistory,
  type ReportedFactReference,
} from '../evidence/reportedFacts';

/** Tests an observed (present) value. */
type Test = (observed: unknown, context: EvaluationContext) => Outcome;

/** Evaluates a compiled rule node for an entity. */
export type RuleEvaluator = (context: EvaluationContext) => Outcome;

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return NaN;
}

/**
 * How far ahead of the evaluation moment a `withinDays` date may be and still
 * count as today: one day of clock skew between the evidence's source and the
 * evaluator (or a date-only value written in a time zone ahead of UTC).
 */
const MAX_CLOCK_SKEW_DAYS = 1;

const SYMBOLS = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;
const COMPARE = {
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
} as const;

/** Compiles the test of a present value and the requirement text used when the fact is missing. */
function compileTest(
  condition: RuleCondition,
  label: string,
  fact: string,
  ref: FactReference,
): { test: Test; requirement: string } {
  const { operator, value } = condition;
  const outcome = (
    status: RuleStatus,
    message: string,
    observed: unknown,
    requirement?: string,
  ): Outcome => conditionOutcome(status, message, fact, observed, requirement);
  // Message parts that do not depend on the observed value are joined once.
  const labelIs = `${label} is `;
  const labelIsSet = `${label} is set (`;
  switch (operator) {
    case 'exists':
      return {
        requirement: value === false ? 'to be absent' : 'to be set',
        test: observed =>
          value === false
            ? outcome(
                'failed',
                `${labelIsSet}${formatValue(observed)}), required to be absent`,
                observed,
                'to be absent',
              )
            : outcome(
                'passed',
                `${labelIsSet}${formatValue(observed)})`,
                observed,
              ),
      };
    case 'equals':
    case 'notEquals': {
      const wanted = comparable(value);
      const equals = operator === 'equals';
      const requirement = equals
        ? formatValue(value)
        : `anything but ${formatValue(value)}`;
      const required = `, required ${requirement}`;
      return {
        requirement,
        test: observed => {
          if (typeof observed === 'object') {
            return outcome(
              'error',
              `${label} is ${formatValue(observed)}, not a single value`,
              observed,
            );
          }
          const same = observed === value || comparable(observed) === wanted;
          return same === equals
            ? outcome('passed', `${labelIs}${formatValue(observed)}`, observed)
            : outcome(
                'failed',
                `${labelIs}${formatValue(observed)}${required}`,
                observed,
                requirement,
              );
        },
      };
    }
    case 'in': {
      const list = value as unknown[];
      const wanted = new Set(list.map(comparable));
      const requirement = `one of ${list.map(formatValue).join(', ')}`;
      const required = `, required ${requirement}`;
      return {
        requirement,
        test: observed => {
          const hit = Array.isArray(observed)
            ? observed.some(o => wanted.has(comparable(o)))
            : typeof observed !== 'object' && wanted.has(comparable(observed));
          return hit
            ? outcome('passed', `${labelIs}${formatValue(observed)}`, observed)
            : outcome(
                'failed',
                `${labelIs}${formatValue(observed)}${required}`,
                observed,
                requirement,
              );
        },
      };
    }
    case 'matches': {
      const regex = compileRegex(value);
      if (!(regex instanceof RegExp)) throw new Error(regex.error);
      const requirement = `to match ${regex}`;
      const required = `, required ${requirement}`;
      return {
        requirement,
        test: observed => {
          const candidates = Array.isArray(observed) ? observed : [observed];
          if (candidates.some(c => typeof c === 'object' && c !== null)) {
            return outcome(
              'error',
              `${label} is ${formatValue(observed)}, not text`,
              observed,
            );
          }
          return candidates.some(c => regex.test(String(c)))
            ? outcome(
                'passed',
                `${label} ${formatValue(observed)} matches ${regex}`,
                observed,
              )
            : outcome(
                'failed',
                `${labelIs}${formatValue(observed)}${required}`,
                observed,
                requirement,
              );
        },
      };
    }
    case 'contains': {
      const wanted = comparable(value);
      const requirement = `to contain ${formatValue(value)}`;
      const required = `, required ${requirement}`;
      return {
        requirement,
        test: observed => {
          let hit: boolean;
          if (Array.isArray(observed))
            hit = observed.some(o => comparable(o) === wanted);
          else if (typeof observed === 'string')
            hit = observed.toLowerCase().includes(wanted);
          else
            return outcome(
              'error',
              `${label} is ${formatValue(observed)}, not text or a list`,
              observed,
            );
          return hit
            ? outcome(
                'passed',
                `${label} contains ${formatValue(value)}`,
                observed,
              )
            : outcome(
                'failed',
                `${labelIs}${formatValue(observed)}${required}`,
                observed,
                requirement,
              );
        },
      };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = value as number;
      const compare = COMPARE[operator];
      const boundText = formatThreshold(bound);
      const requirement = `${SYMBOLS[operator]} ${boundText}`;
      const met = ` (${requirement})`;
      const required = `, required ${requirement}`;
      return {
        requirement,
        test: observed => {
          const number = toNumber(observed);
          if (Number.isNaN(number)) {
            return outcome(
              'error',
              `${label} is ${formatValue(observed)}, not a number`,
              observed,
            );
          }
          return compare(number, bound)
            ? outcome(
                'passed',
                `${labelIs}${formatNumberBeside(
                  number,
                  bound,
                  boundText,
                )}${met}`,
                observed,
              )
            : outcome(
                'failed',
                `${labelIs}${formatNumberBeside(
                  number,
                  bound,
                  boundText,
                )}${required}`,
                observed,
                requirement,
              );
        },
      };
    }
    case 'withinDays': {
      const days = value as number;
      const daysText = formatThreshold(days);
      const requirement = `within the last ${daysText} days`;
      const labelWas = `${label} was `;
      const met = `, ${requirement}`;
      const required = `, required ${requirement}`;
      const future = ` (in the future)${required}: a date in the future is not evidence`;
      return {
        requirement,
        test: (observed, context) => {
          const at = parseDate(observed);
          if (Number.isNaN(at)) {
            return outcome(
              'error',
              `${label} is ${formatValue(observed)}, not a date`,
              observed,
            );
          }
          const age = (context.nowMs - at) / DAY;
          changesAt(
            context,
            withinDaysChangesAt(at, context.nowMs, days, MAX_CLOCK_SKEW_DAYS),
          );
          // Up to a day ahead is clock skew (or a date-only value in a time
          // zone ahead of UTC) and counts as today; later is not evidence.
          if (age < -MAX_CLOCK_SKEW_DAYS) {
            return outcome(
              'failed',
              `${labelWas}${formatDateOf(observed, at)}${future}`,
              observed,
              requirement,
            );
          }
          const inTime = age <= days;
          // whole days, unless they would read as the limit itself while over it
          const shownAge =
            age < 0
              ? '0'
              : formatNumberBeside(
                  inTime || Math.floor(age) > days ? Math.floor(age) : age,
                  days,
                  daysText,
                );
          const when = `${formatDateOf(observed, at)} (${shownAge} days ago)`;
          return inTime
            ? outcome('passed', `${labelWas}${when}${met}`, observed)
            : outcome(
                'failed',
                `${labelWas}${when}${required}`,
                observed,
                requirement,
              );
        },
      };
    }
    case 'trend': {
      if (!isReportedFact(ref))
        throw new Error('trend needs a techInsights or pushed fact');
      return compileTrend(
        value as unknown as TrendRequirement,
        label,
        ref,
        outcome,
      );
    }
    default:
      throw new Error(`unknown operator '${operator as string}'`);
  }
}

/** A trend's comparison with a fixed baseline date, its texts built once. */
interface FixedBaseline {
  date: string;
  /** Whether `date` is an ISO date that exists (a configured one may not be). */
  valid: boolean;
  /** The start (ms) of the baseline day: a later evaluation moment is needed. */
  startMs: number;
  /** History at or before this moment (ms, end of the baseline day) counts. */
  cutoffMs: number;
  requirement: string;
  noHistory: string;
  inFuture: string;
}

const NO_HISTORY: ReadonlyArray<FactHistoryPoint> = [];

function compileTrend(
  trend: TrendRequirement,
  label: string,
  ref: ReportedFactReference,
  outcome: (
    status: RuleStatus,
    message: string,
    observed: unknown,
    requirement?: string,
  ) => Outcome,
): { test: Test; requirement: string } {
  const { days, direction, minChangePercent, baseline } = trend;
  const sign = direction === 'decrease' ? -1 : 1;
  const minChangeText = formatThreshold(minChangePercent);
  const change = `${
    direction === 'increase' ? 'an' : 'a'
  } ${direction} of ≥ ${minChangeText} %`;
  const rollingRequirement = `${change} over ${days} days`;
  const rollingNoHistory = `no ${label} history from ${days} days ago to compare with`;
  const fixedBaseline = (date: string): FixedBaseline => {
    const valid = isIsoDate(date);
    const { cutoffMs } = resolveBaseline({ days, baseline: date }, 0);
    return {
      date,
      valid,
      startMs: cutoffMs - DAY + 1,
      cutoffMs,
      requirement: `${change} since ${date}`,
      noHistory: `no ${label} history at or before the baseline ${date} to compare with`,
      inFuture: `the baseline date ${date} is in the future: no ${label} to compare with yet`,
    };
  };
  const configured = baseline === 'configured';
  const fixed =
    baseline !== undefined && !configured ? fixedBaseline(baseline) : undefined;
  if (fixed && !fixed.valid)
    throw new Error(`baseline '${fixed.date}' is not an ISO date`);
  // The deployment's baseline date rarely changes: its texts are built once per date.
  let lastConfigured: FixedBaseline | undefined;
  let requirement = rollingRequirement;
  if (fixed) requirement = fixed.requirement;
  else if (configured)
    requirement = `${change} since the baseline date (over ${days} days when none is set)`;
  return {
    requirement,
    test: (observed, context) => {
      const current = toNumber(observed);
      if (Number.isNaN(current)) {
        return outcome(
          'error',
          `${label} is ${formatValue(observed)}, not a number`,
          observed,
        );
      }
      let since = fixed;
      if (configured && context.baselineDate !== undefined) {
        if (lastConfigured?.date !== context.baselineDate)
          lastConfigured = fixedBaseline(context.baselineDate);
        since = lastConfigured;
        if (!since.valid) {
          return outcome(
            'error',
            `the configured baseline date '${since.date}' is not an ISO date (YYYY-MM-DD)`,
            observed,
          );
        }
      }
      if (since && since.startMs > context.nowMs) {
        changesAt(context, since.startMs);
        return outcome('unknown', since.inFuture, observed);
      }
      const history = reportedFactHistory(context.evidence, ref) ?? NO_HISTORY;
      const cutoffMs = since
        ? since.cutoffMs
        : rollingCutoffMs(days, context.nowMs);
      if (!since) {
        changesAt(
          context,
          rollingBaselineChangesAt(history, cutoffMs, context.nowMs),
        );
      }
      const index = indexAtBaseline(history, cutoffMs);
      if (index < 0) {
        return outcome(
          'unknown',
          since ? since.noHistory : rollingNoHistory,
          observed,
        );
      }
      const past = history[index].value;
      const pastAt = parseTimestamp(history[index].timestamp);
      const before = toNumber(past);
      if (Number.isNaN(before)) {
        return outcome(
          'error',
          `${label} on ${formatDate(pastAt)} was ${formatValue(
            past,
          )}, not a number`,
          observed,
        );
      }
      let changed: number;
      if (before === 0)
        changed = current === 0 ? 0 : Math.sign(current) * Infinity;
      else changed = ((current - before) / Math.abs(before)) * 100;
      const from = since
        ? `baseline ${since.date}, value of ${formatDate(pastAt)}`
        : formatDate(pastAt);
      const seen = `${label} went from ${formatNumber(
        before,
      )} (${from}) to ${formatNumber(current)}: ${
        changed >= 0 ? '+' : '-'
      }${formatNumberBeside(
        Math.abs(changed),
        minChangePercent,
        minChangeText,
      )} %`;
      const wanted = since ? since.requirement : rollingRequirement;
      return sign * changed >= minChangePercent
        ? outcome('passed', `${seen}, ${wanted}`, observed)
        : outcome('failed', `${seen}, required ${wanted}`, observed, wanted);
    },
  };
}

function compileRelationCondition(
  condition: RuleCondition,
  label: string,
  resolve: FactResolver,
): RuleEvaluator {
  const { fact, operator, value } = condition;
  const wantPresent = value !== false;
  const wanted = comparable(value);
  return context => {
    const resolved = resolve(context);
    if (resolved instanceof Unknown)
      return conditionOutcome('unknown', resolved.reason, fact);
    const targets = resolved as RelationTargetEvidence[];
    const refs = targets.map(t => t.targetRef);
    const result = (
      status: RuleStatus,
      message: string,
      requirement?: string,
    ): Outcome => conditionOutcome(status, message, fact, refs, requirement);
    if (
      operator === 'gt' ||
      operator === 'gte' ||
      operator === 'lt' ||
      operator === 'lte'
    ) {
      const bound = value as number;
      const count = targets.length;
      const requirement = `${SYMBOLS[operator]} ${formatThreshold(bound)}`;
      return COMPARE[operator](count, bound)
        ? result('passed', `${count} ${label} targets (${requirement})`)
        : result(
            'failed',
            `${count} ${label} targets, required ${requirement}`,
            requirement,
          );
    }
    if (operator === 'contains') {
      return targets.some(t => comparable(t.targetRef) === wanted)
        ? result('passed', `${label} includes ${value}`)
        : result(
            'failed',
            `${label} targets are ${formatValue(
              refs,
            )}, required to include ${value}`,
            `to include ${value}`,
          );
    }
    if (!wantPresent) {
      return targets.length === 0
        ? result('passed', `no ${label}`)
        : result('failed', `${label} to ${refs.join(', ')}, required none`);
    }
    if (targets.length === 0) return result('failed', `no ${label}`);
    const existing = targets.find(t => t.exists === true);
    if (existing)
      return result(
        'passed',
        `${label} to ${existing.targetRef}, which exists`,
      );
    if (targets.some(t => t.exists === undefined)) {
      return result(
        'unknown',
        `${label} to ${refs.join(
          ', ',
        )}; whether it exists in the catalog is unknown`,
      );
    }
    return result(
      'failed',
      `${label} to ${refs.join(', ')}, which does not exist in the catalog`,
    );
  };
}

/** Why an absent fact fails a condition: `exists` needs no requirement text. */
function missingFactMessage(
  why: string,
  isExists: boolean,
  requirement: string,
): string {
  return isExists ? why : `${why}, required ${requirement}`;
}

/** Compiles a condition into an evaluator, given its parsed fact address and reader. */
export function compileCondition(
  condition: RuleCondition,
  ref: FactReference,
  label: string,
  resolve: FactResolver,
): RuleEvaluator {
  if (ref.source === 'relations')
    return compileRelationCondition(condition, label, resolve);
  const { fact, operator } = condition;
  const { test, requirement } = compileTest(condition, label, fact, ref);
  const isExists = operator === 'exists';
  const wantAbsent = isExists && condition.value === false;
  // The messages of a plain absent fact, built once.
  const notSetMessage = `${label} is not set`;
  const missingMessage = missingFactMessage(
    `${label} is missing`,
    isExists,
    requirement,
  );
  return context => {
    const observed = resolve(context);
    if (observed instanceof Unknown)
      return conditionOutcome('unknown', observed.reason, fact);
    if (observed instanceof Absent) {
      if (wantAbsent) return conditionOutcome('passed', notSetMessage, fact);
      const message =
        observed.reason === undefined
          ? missingMessage
          : missingFactMessage(observed.reason, isExists, requirement);
      return conditionOutcome(
        'failed',
        message,
        fact,
        undefined,
        isExists ? undefined : requirement,
      );
    }
    return test(observed, context);
  };
}
