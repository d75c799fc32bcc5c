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
