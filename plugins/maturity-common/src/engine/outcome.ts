/** The status of a rule node before waivers and applicability. */
export type RuleStatus = 'passed' | 'failed' | 'unknown' | 'error';

/** The outcome of a rule node: its status, a message, and what was observed. */
export interface Outcome {
  status: RuleStatus;
  message: string;
  /** The fact address, for conditions. */
  fact?: string;
  /** The observed value, for conditions that saw one. */
  value?: unknown;
  /** The child outcomes, for all/any/not. */
  children?: Outcome[];
  /**
   * What a failed condition required (the text after `, required ` in its
   * message), so that a `not` over it can say what held instead.
   */
  requirement?: string;
}

// Every outcome is built by one of the three functions below, with all six
// fields in the same order: one object shape keeps the readers' loads monomorphic.

/** The outcome of a condition: what it read (`fact`) and, when present, saw (`value`). */
export function conditionOutcome(
  status: RuleStatus,
  message: string,
  fact: string,
  value?: unknown,
  requirement?: string,
): Outcome {
  return { status, message, fact, value, children: undefined, requirement };
}

/** The outcome of an all/any/not node, combined from its children's. */
export function combinedOutcome(
  status: RuleStatus,
  message: string,
  children: Outcome[],
): Outcome {
  return {
    status,
    message,
    fact: undefined,
    value: undefined,
    children,
    requirement: undefined,
  };
}

/** An outcome that read no fact (e.g. attestations unavailable or missing). */
export function plainOutcome(status: RuleStatus, message: string): Outcome {
  return {
    status,
    message,
    fact: undefined,
    value: undefined,
    children: undefined,
    requirement: undefined,
  };
}

/** A fact that is known to be absent (e.g. an annotation the entity does not have). */
export class Absent {
  constructor(readonly reason?: string) {}
}

/** A fact whose value is not known (missing evidence or unavailable source). */
export class Unknown {
  constructor(readonly reason: string) {}
}

/** The shared plain "absent" marker. */
export const ABSENT = new Absent();
