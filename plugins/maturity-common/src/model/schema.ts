import { z } from 'zod';
import type {
  EntityPredicate,
  IndicatorAggregation,
  MaturityModel,
  RuleNode,
} from './types';
import { parseEntityPath } from './entityPath';
import { parseFactReference } from './factReference';
import {
  RULE_OPERATORS,
  checkOperand,
  isRuleOperator,
  operatorsForFact,
} from './operators';
import { didYouMean } from './suggest';
import { modelErrorMap } from './errorMap';
import { isIsoDate } from '../engine/baselineValue';
import { isRecord } from './values';

/** An issue found while validating, relative to the validated value. */
export interface SchemaIssue {
  path: ReadonlyArray<string | number>;
  message: string;
  /** The last path step is a key that is itself the problem (e.g. unknown). */
  atKey?: boolean;
}

/** Converts zod issues to path + message, one per unknown key. */
export function toSchemaIssues(
  issues: ReadonlyArray<z.ZodIssue>,
): SchemaIssue[] {
  return issues.flatMap(issue => {
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      return issue.keys.map((key, i) => ({
        path: [...issue.path, key],
        message: messages[i] ?? `unknown key '${key}'`,
        atKey: true,
      }));
    }
    return [
      {
        path: [...issue.path],
        message: issue.message,
        atKey: issue.code === 'custom' && issue.params?.atKey === true,
      },
    ];
  });
}

/** Validates with a schema and returns its issues, paths prefixed. */
function issuesOf(
  schema: z.ZodTypeAny,
  value: unknown,
  prefix: Array<string | number>,
): SchemaIssue[] {
  const result = schema.safeParse(value, { errorMap: modelErrorMap });
  if (result.success) return [];
  return toSchemaIssues(result.error.issues).map(i => ({
    ...i,
    path: [...prefix, ...i.path],
  }));
}

/** A schema validated by a function that reports issues (never aborts its parent). */
function checked<T>(
  check: (value: unknown, report: (issue: SchemaIssue) => void) => void,
): z.ZodType<T> {
  return z.unknown().superRefine((value, ctx) => {
    check(value, issue =>
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message,
        params: { atKey: issue.atKey === true },
      }),
    );
  }) as unknown as z.ZodType<T>;
}

/** An object schema rejecting unknown keys, with did-you-mean hints. */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z
    .object(shape, {
      errorMap: (issue, ctx) =>
        issue.code === 'unrecognized_keys'
          ? {
              message: issue.keys
                .map(key => `unknown key '${key}'${didYouMean(key, known)}`)
                .join('\n'),
            }
          : { message: ctx.defaultError },
    })
    .strict();
}

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'ids are lowercase letters and digits joined by single hyphens, e.g. slo-defined',
  );
const text = z.string().min(1, 'must not be empty');
const level = z
  .number()
  .int('level must be a whole number from 1 to 5')
  .min(1, 'level must be from 1 to 5')
  .max(5, 'level must be from 1 to 5');

// Entity predicates ---------------------------------------------------------

const predicateScalar = z.union([z.string(), z.number(), z.boolean()], {
  errorMap: () => ({ message: 'expected a string, number or boolean' }),
});
const VALUE_OPERATORS = ['$exists', '$in', '$contains'];
const LOGICAL_OPERATORS = ['$all', '$any', '$not'];

const predicateValue = checked<unknown>((value, report) => {
  if (['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Array.isArray(value)) {
    report({
      path: [],
      message: 'to match one of several values use { $in: [...] }',
    });
    return;
  }
  if (!isRecord(value)) {
    report({
      path: [],
      message: 'expected a value or one of { $exists }, { $in }, { $contains }',
    });
    return;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1 || !VALUE_OPERATORS.includes(keys[0])) {
    report({
      path: keys.length === 1 ? [keys[0]] : [],
      atKey: keys.length === 1,
      message:
        keys.length === 1
          ? `unknown value operator '${keys[0]}'${didYouMean(
              keys[0],
              VALUE_OPERATORS,
            )} (expected one of ${VALUE_OPERATORS.join(', ')})`
          : `expected exactly one of ${VALUE_OPERATORS.join(', ')}`,
    });
    return;
  }
  const operandSchemas: Record<string, z.ZodTypeAny> = {
    $exists: z.boolean(),
    $in: z.array(predicateScalar).min(1, 'expected at least one value'),
    $contains: predicateScalar,
  };
  issuesOf(operandSchemas[keys[0]], value[keys[0]], [keys[0]]).forEach(report);
});

/** Schema of {@link EntityPredicate}. */
export const entityPredicateSchema: z.ZodType<EntityPredicate> =
  checked<EntityPredicate>((value, report) => {
    if (!isRecord(value)) {
      report({
        path: [],
        message:
          'an entity predicate is an object of entity paths to values, or $all, $any or $not',
      });
      return;
    }
    const keys = Object.keys(value);
    const logical = keys.filter(k => LOGICAL_OPERATORS.includes(k));
    if (logical.length > 0) {
      if (keys.length > 1) {
        report({
          path: [],
          message: `'${logical[0]}' must be used alone in its object`,
        });
        return;
      }
      const operand = value[logical[0]];
      const schema =
        logical[0] === '$not'
          ? entityPredicateSchema
          : z
              .array(entityPredicateSchema)
              .min(1, 'expected at least one predicate');
      issuesOf(schema, operand, [logical[0]]).forEach(report);
      return;
    }
    if (keys.length === 0) {
      report({ path: [], message: 'an entity predicate must not be empty' });
      return;
    }
    for (const key of keys) {
      if (key.startsWith('$')) {
        report({
          path: [key],
          atKey: true,
          message: `unknown predicate operator '${key}'${didYouMean(
            key,
            LOGICAL_OPERATORS,
          )} (expected one of ${LOGICAL_OPERATORS.join(', ')})`,
        });
        continue;
      }
      const path = parseEntityPath(key);
      if ('error' in path) {
        report({
          path: [key],
          atKey: true,
          message: `invalid entity path: ${path.error}`,
        });
        continue;
      }
      issuesOf(predicateValue, value[key], [key]).forEach(report);
    }
  });

// Rules ----------------------------------------------------------------------

const conditionSchema = strictObject({
  fact: z.string(),
  operator: z.string(),
  value: z.any().optional(),
  label: text.optional(),
}).superRefine((condition, ctx) => {
  const add = (path: Array<string | number>, message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const ref = parseFactReference(condition.fact);
  if ('error' in ref) add(['fact'], ref.error);
  if (!isRuleOperator(condition.operator)) {
    add(
      ['operator'],
      `unknown operator '${condition.operator}'${didYouMean(
        condition.operator,
        RULE_OPERATORS,
      )} (expected one of ${RULE_OPERATORS.join(', ')})`,
    );
    return;
  }
  if (!('error' in ref)) {
    const allowed = operatorsForFact(ref);
    if (!allowed.includes(condition.operator)) {
      add(
        ['operator'],
        `operator '${condition.operator}' cannot be used with ${
          ref.source
        } facts (use one of ${allowed.join(', ')})`,
      );
      return;
    }
  }
  for (const problem of checkOperand(condition.operator, condition.value)) {
    add(problem.path, problem.message);
  }
  if (
    !('error' in ref) &&
    ref.source === 'maturity' &&
    typeof condition.value === 'number' &&
    (condition.value < 0 || condition.value > 5)
  ) {
    add(['value'], 'a maturity level is from 0 to 5');
  }
});

const RULE_KEYS = ['all', 'any', 'first', 'not'];

/** Schema of {@link RuleNode}. */
export const ruleNodeSchema: z.ZodType<RuleNode> = checked<RuleNode>(
  (value, report) => {
    if (!isRecord(value)) {
      report({
        path: [],
        message:
          'a rule is { all: [...] }, { any: [...] }, { first: [...] }, { not: ... } or a condition { fact, operator, value }',
      });
      return;
    }
    const keys = Object.keys(value);
    const logical = keys.filter(k => RULE_KEYS.includes(k));
    if (logical.length > 1) {
      report({
        path: [],
        message: `use only one of ${logical.join(', ')} per rule node`,
      });
      return;
    }
    if (logical.length === 1) {
      const schema =
        logical[0] === 'not'
          ? strictObject({ not: ruleNodeSchema })
          : strictObject({
              [logical[0]]: z
                .array(ruleNodeSchema)
                .min(1, `'${logical[0]}' needs at least one rule`),
            });
      issuesOf(schema, value, []).forEach(report);
      return;
    }
    if ('fact' in value || 'operator' in value) {
      issuesOf(conditionSchema, value, []).forEach(report);
      return;
    }
    report({
      path: [],
      message: `expected all, any, first, not or a condition { fact, operator, value }; got keys ${
        keys
          .map(
            k => `'${k}'${didYouMean(k, [...RULE_KEYS, 'fact', 'operator'])}`,
          )
          .join(', ') || '(none)'
      }`,
    });
  },
);

// Model ----------------------------------------------------------------------

const remediationSchema = strictObject({
  markdown: text,
  links: z
    .array(strictObject({ title: text, url: z.string().url('expected a URL') }))
    .optional(),
});

const attestationSchema = strictObject({
  evidence: text,
  validForDays: z
    .number()
    .int('expected a whole number of days')
    .positive('expected a positive number of days'),
  scope: z
    .enum(['entity', 'team'], {
      errorMap: () => ({ message: "expected 'entity' or 'team'" }),
    })
    .optional(),
});

const checkSchema = strictObject({
  id,
  title: text,
  description: z.string().optional(),
  level,
  appliesTo: entityPredicateSchema.optional(),
  rule: ruleNodeSchema.optional(),
  attestation: attestationSchema.optional(),
  remediation: remediationSchema,
  reference: text.optional(),
});

const capabilitySchema = strictObject({
  id,
  title: text,
  description: z.string().optional(),
  checks: z.array(checkSchema).min(1, 'a capability needs at least one check'),
});

const domainSchema = strictObject({
  id,
  title: text,
  part: text.optional(),
  description: z.string().optional(),
  capabilities: z
    .array(capabilitySchema)
    .min(1, 'a domain needs at least one capability'),
});

const levelDefinitionSchema = strictObject({
  level,
  title: text,
  description: z.string().optional(),
});

// Indicators -------------------------------------------------------------------

const STATISTICS = ['mean', 'min', 'max', 'p50', 'p90'] as const;
const AGGREGATION_TYPES = ['passRate', ...STATISTICS, 'change', 'levelShare'];

const factAddress = z.string().superRefine((fact, ctx) => {
  const ref = parseFactReference(fact);
  if ('error' in ref) ctx.addIssue({ code: 'custom', message: ref.error });
});

const AGGREGATION_SCHEMAS: Record<string, z.ZodTypeAny> = {
  passRate: strictObject({ type: z.literal('passRate'), check: id }),
  ...Object.fromEntries(
    STATISTICS.map(type => [
      type,
      strictObject({ type: z.literal(type), fact: factAddress }),
    ]),
  ),
  change: strictObject({
    type: z.literal('change'),
    fact: factAddress,
    statistic: z
      .enum(['mean', 'p50', 'p90'], {
        errorMap: () => ({ message: "expected 'mean', 'p50' or 'p90'" }),
      })
      .optional(),
    baseline: z
      .string()
      .refine(
        value => value === 'configured' || isIsoDate(value),
        "expected an ISO date (YYYY-MM-DD) or 'configured'",
      )
      .optional(),
    days: z
      .number()
      .int('expected a whole number of days')
      .positive('expected a positive number of days')
      .optional(),
  }),
  levelShare: strictObject({
    type: z.literal('levelShare'),
    domain: id,
    minLevel: level,
  }),
};

/** Schema of {@link IndicatorAggregation}, chosen by its `type`. */
const aggregationSchema = checked<IndicatorAggregation>((value, report) => {
  if (!isRecord(value)) {
    report({
      path: [],
      message: `an aggregation is an object with a type (one of ${AGGREGATION_TYPES.join(
        ', ',
      )})`,
    });
    return;
  }
  const type = value.type;
  if (typeof type !== 'string' || !AGGREGATION_SCHEMAS[type]) {
    report({
      path: ['type'],
      message:
        type === undefined
          ? `missing aggregation type (one of ${AGGREGATION_TYPES.join(', ')})`
          : `unknown aggregation type '${String(type)}'${
              typeof type === 'string'
                ? didYouMean(type, AGGREGATION_TYPES)
                : ''
            } (expected one of ${AGGREGATION_TYPES.join(', ')})`,
    });
    return;
  }
  issuesOf(AGGREGATION_SCHEMAS[type], value, []).forEach(report);
});

const indicatorSchema = strictObject({
  id,
  title: text,
  description: z.string().optional(),
  aggregation: aggregationSchema,
  appliesTo: entityPredicateSchema.optional(),
  unit: text,
  target: z.number(),
  direction: z.enum(['increase', 'decrease'], {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_enum_value'
        ? { message: "expected 'increase' or 'decrease'" }
        : { message: ctx.defaultError },
  }),
  reference: text.optional(),
});

/** Schema of {@link MaturityModel} (structure and per-node rules). */
export const maturityModelSchema = strictObject({
  id,
  title: text,
  version: text,
  description: z.string().optional(),
  // Checked with the localized texts (extractTranslations).
  defaultLanguage: z.unknown().optional(),
  languages: z.unknown().optional(),
  levels: z
    .array(levelDefinitionSchema)
    .length(5, 'a model defines exactly five levels (1 to 5)'),
  domains: z.array(domainSchema).min(1, 'a model needs at least one domain'),
  indicators: z.array(indicatorSchema).optional(),
}) as unknown as z.ZodType<MaturityModel>;

/** Validates structure and per-node rules; returns every issue. */
export function validateModelStructure(
  value: unknown,
):
  | { model: MaturityModel; issues: [] }
  | { model?: undefined; issues: SchemaIssue[] } {
  const result = maturityModelSchema.safeParse(value, {
    errorMap: modelErrorMap,
  });
  if (result.success) return { model: result.data, issues: [] };
  return { issues: toSchemaIssues(result.error.issues) };
}
