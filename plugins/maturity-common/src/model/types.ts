/**
 * A JSON-compatible value, as found in entities, facts and rule values.
 *
 * @public
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * A primitive JSON value.
 *
 * @public
 */
export type JsonPrimitive = string | number | boolean | null;

/**
 * A maturity model: five cumulative levels and the domains assessed against them.
 *
 * @public
 */
export interface MaturityModel {
  /** Unique id of the model, e.g. `caict-devops`. */
  id: string;
  /** Human title. */
  title: string;
  /** Version of the model definition. */
  version: string;
  /** Markdown description. */
  description?: string;
  /** The BCP 47 language of the model's plain texts (default `en`). */
  defaultLanguage?: string;
  /** The languages the model claims to provide, e.g. `['en', 'zh-CN']`. */
  languages?: string[];
  /** Exactly five level definitions, for levels 1 to 5 in order. */
  levels: MaturityLevelDefinition[];
  /** The domains (CAICT parts) of the model. */
  domains: MaturityDomain[];
  /** Headline figures (KPIs) computed over the entities of a group or the org. */
  indicators?: MaturityIndicator[];
}

/**
 * How an indicator aggregates the entities in its scope into one number.
 *
 * @remarks
 * - `passRate`: percent of entities (in scope, where the check applies) whose
 *   check passed or is waived; `unknown` results count as no data.
 * - `mean`, `min`, `max`, `p50`, `p90`: a statistic of a numeric fact's current
 *   value over the entities that have it.
 * - `change`: per entity, the percent change of a numeric TechInsights fact
 *   against its value at the baseline (see {@link TrendRequirement}), then the
 *   `statistic` (default `p50`) over the entities that have both values.
 * - `levelShare`: percent of entities (where the domain applies) whose level in
 *   `domain` is at least `minLevel`.
 *
 * @public
 */
export type IndicatorAggregation =
  | { type: 'passRate'; check: string }
  | { type: 'mean' | 'min' | 'max' | 'p50' | 'p90'; fact: string }
  | {
      type: 'change';
      fact: string;
      statistic?: 'mean' | 'p50' | 'p90';
      /** As in `trend`: an ISO date, `configured`, or absent for `days`. */
      baseline?: string;
      /** Days back when no baseline date applies (default 180). */
      days?: number;
    }
  | { type: 'levelShare'; domain: string; minLevel: number };

/**
 * A headline figure of the model (a KPI), e.g. "business-monitoring alert
 * detection rate ≥ 90 %", computed per group (nested) and for the org.
 *
 * @public
 */
export interface MaturityIndicator {
  /** Unique id across the model's indicators. */
  id: string;
  /** Human title. */
  title: string;
  /** Markdown description. */
  description?: string;
  /** How entities are aggregated. */
  aggregation: IndicatorAggregation;
  /** Which entities count; every entity the aggregation concerns when absent. */
  appliesTo?: EntityPredicate;
  /** Unit shown after the value: `%`, `hours`, `minutes`, `per week`, … */
  unit: string;
  /** The value to reach. */
  target: number;
  /** `increase`: met when value ≥ target; `decrease`: met when value ≤ target. */
  direction: 'increase' | 'decrease';
  /** The requirement of the standard this indicator serves. */
  reference?: string;
}

/**
 * The title and meaning of one maturity level (1..5).
 *
 * @public
 */
export interface MaturityLevelDefinition {
  /** The level number, 1 to 5. */
  level: number;
  /** Human title, e.g. `Foundation`. */
  title: string;
  /** What reaching the level means. */
  description?: string;
}

/**
 * A domain (a CAICT part, e.g. Continuous Delivery), graded separately.
 *
 * @public
 */
export interface MaturityDomain {
  /** Unique id across the model's domains. */
  id: string;
  /** Human title. */
  title: string;
  /** The part of the standard this domain follows, e.g. `YD/T 3763.3`. */
  part?: string;
  /** Markdown description. */
  description?: string;
  /** The capabilities (CAICT sub-domains); at least one. */
  capabilities: MaturityCapability[];
}

/**
 * A capability (a CAICT sub-domain) grouping checks.
 *
 * @public
 */
export interface MaturityCapability {
  /** Unique id across the model's capabilities. */
  id: string;
  /** Human title. */
  title: string;
  /** Markdown description. */
  description?: string;
  /** The checks; at least one. */
  checks: MaturityCheck[];
}

/**
 * One requirement of a level: verified by a rule over evidence, or attested by a human.
 *
 * @remarks
 * Exactly one of `rule` and `attestation` is set.
 *
 * @public
 */
export interface MaturityCheck {
  /** Unique id across the model's checks. */
  id: string;
  /** Human title, phrased as the requirement. */
  title: string;
  /** Markdown description. */
  description?: string;
  /** The level (1..5) this check belongs to. */
  level: number;
  /** Which entities the check concerns; all entities when absent. */
  appliesTo?: EntityPredicate;
  /** The automated rule. */
  rule?: RuleNode;
  /** The human attestation required instead of a rule. */
  attestation?: AttestationRequirement;
  /** How to satisfy the check. */
  remediation: CheckRemediation;
  /** The requirement of the standard this check serves, e.g. `YD/T 3763.3 Monitoring L3`. */
  reference?: string;
}

/**
 * What a human has to attest for an attestation check.
 *
 * @public
 */
export interface AttestationRequirement {
  /** The evidence that has to be linked, e.g. `DR drill report`. */
  evidence: string;
  /** How many days an attestation stays valid. */
  validForDays: number;
  /**
   * Who attests: `entity` (default) attests each entity; `team` attests a
   * group once for every entity owned by it or by a group nested under it
   * (an entity's own attestation still wins, then the nearest group's). A
   * team-scoped check also applies to groups of `spec.type: team`.
   */
  scope?: 'entity' | 'team';
}

/**
 * How to satisfy a check.
 *
 * @public
 */
export interface CheckRemediation {
  /** Markdown with a concrete how-to. */
  markdown: string;
  /** Further reading. */
  links?: Array<{ title: string; url: string }>;
}

/**
 * A node of a rule: a logical combination or a condition.
 *
 * @public
 */
export type RuleNode =
  | { all: RuleNode[] }
  | { any: RuleNode[] }
  | { not: RuleNode }
  | RuleCondition;

/**
 * The operators a rule condition can use.
 *
 * @public
 */
export type RuleOperator =
  | 'exists'
  | 'equals'
  | 'notEquals'
  | 'in'
  | 'matches'
  | 'contains'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'withinDays'
  | 'trend';

/**
 * The value of a `trend` condition: compare the fact with its value `days` earlier.
 *
 * @public
 */
export interface TrendRequirement {
  /**
   * How many days back to compare with: the rolling window, used when no
   * baseline date applies.
   */
  days: number;
  /**
   * A fixed baseline date to compare with instead of `days`: an ISO date
   * (`2026-01-01`), or `configured` for the deployment's baseline date
   * (app-config `maturity.baselineDate`; `days` when it is not set).
   */
  baseline?: string;
  /** Which direction counts as improvement. */
  direction: 'increase' | 'decrease';
  /** The minimum change in percent of the earlier value. */
  minChangePercent: number;
}

/**
 * A condition over one fact: `{ fact, operator, value }`.
 *
 * @remarks
 * Facts are addressed by source: `entity.<path>`, `relations.<type>[.<kind>]`,
 * `techInsights.<retrieverId>.<fact>`, `pushed.<source>.<fact>` (facts pushed
 * from CI), `attestation.<checkId>[.<field>]` and `maturity.<domainId>.level`.
 *
 * @public
 */
export interface RuleCondition {
  /** The fact address. */
  fact: string;
  /** The operator. */
  operator: RuleOperator;
  /** The operand; its type depends on the operator. */
  value?: JsonValue;
  /** A short human name of the fact used in messages, e.g. `test coverage`. */
  label?: string;
}

/**
 * A value matcher of an {@link EntityPredicate}.
 *
 * @public
 */
export type EntityPredicateValue =
  | string
  | number
  | boolean
  | { $exists: boolean }
  | { $in: Array<string | number | boolean> }
  | { $contains: string | number | boolean };

/**
 * A filter over entities in the style of Backstage filter predicates.
 *
 * @remarks
 * Keys are dot paths into the entity (`kind`, `spec.type`, `metadata.tags`,
 * `metadata.annotations.pagerduty.com/service-id` or with brackets
 * `metadata.annotations['pagerduty.com/service-id']`); primitive values match
 * case-insensitively (and match any element of an array); `$exists`, `$in` and
 * `$contains` are value operators; `$all`, `$any` and `$not` combine predicates.
 *
 * @public
 */
export type EntityPredicate =
  | { $all: EntityPredicate[] }
  | { $any: EntityPredicate[] }
  | { $not: EntityPredicate }
  | { [path: string]: EntityPredicateValue };
