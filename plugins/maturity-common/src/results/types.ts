import type { JsonValue } from '../model/types';

/**
 * The outcome of one check for one entity.
 *
 * @remarks
 * `unknown` means evidence is missing or its source unavailable; `error` means
 * the evidence had an unexpected shape. Neither counts as passed.
 *
 * @public
 */
export type CheckStatus =
  | 'passed'
  | 'failed'
  | 'unknown'
  | 'waived'
  | 'not-applicable'
  | 'error';

/**
 * Where the evidence of a check comes from.
 *
 * @public
 */
export type CheckSource =
  | 'catalog'
  | 'relations'
  | 'techInsights'
  | 'pushed'
  | 'attestation'
  | 'maturity'
  | 'mixed'
  | 'none';

/**
 * The result of one check for one entity.
 *
 * @public
 */
export interface CheckResult {
  /** The check id. */
  checkId: string;
  /** The domain of the check. */
  domainId: string;
  /** The capability of the check. */
  capabilityId: string;
  /** The level of the check. */
  level: number;
  /** The status. */
  status: CheckStatus;
  /** The observed value (one fact) or values by fact (several facts). */
  value?: JsonValue;
  /** What was seen and what was required. */
  message: string;
  /** Where the evidence comes from. */
  source: CheckSource;
}

/**
 * Counts of check statuses within a capability, domain or entity.
 *
 * @public
 */
export interface CheckStatusCounts {
  /** Passed checks. */
  passed: number;
  /** Failed checks. */
  failed: number;
  /** Checks without evidence. */
  unknown: number;
  /** Waived checks. */
  waived: number;
  /** Checks whose evidence was malformed. */
  error: number;
  /** Checks not applicable to the entity. */
  notApplicable: number;
}

/**
 * The checks standing between the current level and the next one.
 *
 * @public
 */
export interface NextLevelRequirement {
  /** The next level (current + 1). */
  level: number;
  /** The applicable checks of that level that are not passed or waived. */
  checkIds: string[];
}

/**
 * The score of one capability for one entity.
 *
 * @public
 */
export interface CapabilityResult {
  /** The capability id. */
  capabilityId: string;
  /** Whether any check of the capability applies. */
  applicable: boolean;
  /** The cumulative level (0..5), `null` when not applicable. */
  level: number | null;
  /** Passed and waived checks over applicable checks, 0..1. */
  score: number;
  /** Status counts. */
  checks: CheckStatusCounts;
  /** What is missing for the next level; absent at the top. */
  nextLevel?: NextLevelRequirement;
}

/**
 * The score of one domain for one entity.
 *
 * @public
 */
export interface DomainResult {
  /** The domain id. */
  domainId: string;
  /** Whether any check of the domain applies. */
  applicable: boolean;
  /** The cumulative level (0..5), `null` when not applicable. */
  level: number | null;
  /** Passed and waived checks over applicable checks, 0..1. */
  score: number;
  /** Status counts. */
  checks: CheckStatusCounts;
  /** What is missing for the next level; absent at the top. */
  nextLevel?: NextLevelRequirement;
  /** The capabilities of the domain. */
  capabilities: CapabilityResult[];
}

/**
 * The overall score of one entity.
 *
 * @public
 */
export interface EntityScore {
  /** The weakest-link level: minimum over applicable domains; `null` when none applies. */
  level: number | null;
  /** Passed and waived checks over all applicable checks, 0..1. */
  score: number;
  /** Status counts over all checks. */
  checks: CheckStatusCounts;
  /** One result per domain, in model order. */
  domains: DomainResult[];
}
