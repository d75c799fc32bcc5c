import { z } from 'zod';
import type { RuleOperator } from './types';
import type { FactReference } from './factReference';
import { modelErrorMap } from './errorMap';
import { isIsoDate } from '../engine/baselineValue';

/** Every rule operator. */
export const RULE_OPERATORS: ReadonlyArray<RuleOperator> = [
  'exists',
  'equals',
  'notEquals',
  'in',
  'matches',
  'contains',
  'gt',
  'gte',
  'lt',
  'lte',
  'withinDays',
  'trend',
];

/** Whether a string names a rule operator. */
export function isRuleOperator(value: string): value is RuleOperator {
  return (RULE_OPERATORS as string[]).includes(value);
}

const primitive = z.union([z.string(), z.number(), z.boolean(), z.null()], {
  errorMap: () => ({ message: 'expected a string, number, boolean or null' }),
});
const scalar = z.union([z.string(), z.number(), z.boolean()], {
  errorMap: () => ({ message: 'expected a string, number or boolean' }),
});
const number = z.number();

/** The operand schema of each operator (except `matches`, see {@link compileRegex}). */
const VALUE_SCHEMAS: Record<Exclude<RuleOperator, 'matches'>, z.ZodTypeAny> = {
  exists: z.boolean().optional(),
  equals: primitive,
  notEquals: primitive,
  in: z.array(primitive).min(1, 'expected at least one value'),
  contains: scalar,
  gt: number,
  gte: number,
  lt: number,
  lte: number,
  withinDays: number.positive('expected a positive number of days'),
  trend: z
    .object({
      days: number
        .int('expected a whole number of days')
        .positive('expected a positive number of days'),
      direction: z.enum(['increase', 'decrease'], {
        errorMap: (issue, ctx) =>
          issue.code === 'invalid_enum_value'
            ? { message: "expected 'increase' or 'decrease'" }
            : { message: ctx.defaultError },
      }),
      minChangePercent: number.min(0, 'expected a percentage ≥ 0'),
      baseline: z
        .string()
        .refine(
          text => text === 'configured' || isIsoDate(text),
          text => ({
            message: `'${text}' is not a baseline: expected an ISO date that exists (YYYY-MM-DD, e.g. 2026-01-01) or 'configured'`,
          }),
        )
        .optional(),
    })
    .strict(),
};

const REGEX_FLAGS = /^[imsu]*$/;

/**
 * Compiles the operand of `matches`: a pattern string or `{ pattern, flags }`.
 */
export function compileRegex(value: unknown): RegExp | { error: string } {
  let pattern: unknown = value;
  let flags: unknown = '';
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const extra = Object.keys(record).filter(
      k => k !== 'pattern' && k !== 'flags',
    );
    if (extra.length > 0) return { error: `unknown key '${extra[0]}'` };
    pattern = record.pattern;
    flags = record.flags ?? '';
  }
  if (typeof pattern !== 'string') {
    return {
      error: 'expected a regular expression string or { pattern, flags }',
    };
  }
  if (typeof flags !== 'string' || !REGEX_FLAGS.test(flags)) {
    return { error: 'flags may only contain i, m, s and u' };
  }
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    return { error: `invalid regular expression: ${(e as Error).message}` };
  }
}

const ALL: ReadonlyArray<RuleOperator> = RULE_OPERATORS;
const NOT_TREND = RULE_OPERATORS.filter(o => o !== 'trend');

/** Which operators make sense for a fact address. */
export function operatorsForFact(
  ref: FactReference,
): ReadonlyArray<RuleOperator> {
  switch (ref.source) {
    case 'techInsights':
    case 'pushed':
      return ALL;
    case 'entity':
      return NOT_TREND;
    case 'relations':
      // gt/gte/lt/lte compare the number of targets
      return ['exists', 'contains', 'gt', 'gte', 'lt', 'lte'];
    case 'maturity':
      return ['exists', 'equals', 'notEquals', 'in', 'gt', 'gte', 'lt', 'lte'];
    case 'attestation':
      if (!ref.field) return ['exists'];
      if (ref.field === 'attestedAt' || ref.field === 'expiresAt') {
        return ['exists', 'withinDays'];
      }
      return ['exists', 'equals', 'notEquals', 'in', 'matches', 'contains'];
    default:
      return [];
  }
}

/** A problem with an operand, relative to the condition. */
export interface OperandProblem {
  path: Array<string | number>;
  message: string;
}

/** Validates the operand of a condition for its operator. */
export function checkOperand(
  operator: RuleOperator,
  value: unknown,
): OperandProblem[] {
  if (operator === 'matches') {
    if (value === undefined) {
      return [
        {
          path: ['value'],
          message: "operator 'matches' requires a regular expression",
        },
      ];
    }
    const regex = compileRegex(value);
    return 'error' in regex ? [{ path: ['value'], message: regex.error }] : [];
  }
  const schema = VALUE_SCHEMAS[operator];
  if (value === undefined && operator !== 'exists') {
    return [
      { path: ['value'], message: `operator '${operator}' requires a value` },
    ];
  }
  const result = schema.safeParse(value, { errorMap: modelErrorMap });
  if (result.success) return [];
  return result.error.issues.flatMap(issue =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map(key => ({
          path: ['value', ...issue.path, key],
          message: `unknown key '${key}'`,
        }))
      : [{ path: ['value', ...issue.path], message: issue.message }],
  );
}
