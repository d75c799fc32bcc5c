import type { FactRequirements } from '@devops-maturity/plugin-maturity-node';

const TECH_INSIGHTS_FACT = /^techInsights\.([^.]+)\.(.+)$/;
// A pushed fact is stored by name: its sub path is read from the value.
const PUSHED_FACT = /^pushed\.([^.]+)\.([^.]+)/;

/** Where a fact address with history goes in {@link FactRequirements}. */
export interface ReportedFactAddress {
  /** The requirements' map of latest facts. */
  facts: 'techInsights' | 'pushed';
  /** The requirements' map of history look-backs. */
  history: 'history' | 'pushedHistory';
  /** The retriever id or pushing source. */
  origin: string;
  /** The fact name. */
  fact: string;
}

/** Splits a TechInsights or pushed fact address; undefined for other sources. */
export function reportedFactAddress(
  address: string,
): ReportedFactAddress | undefined {
  const techInsights = TECH_INSIGHTS_FACT.exec(address);
  if (techInsights) {
    const [, origin, fact] = techInsights;
    return { facts: 'techInsights', history: 'history', origin, fact };
  }
  const pushed = PUSHED_FACT.exec(address);
  if (pushed) {
    const [, origin, fact] = pushed;
    return { facts: 'pushed', history: 'pushedHistory', origin, fact };
  }
  return undefined;
}

/** Requirements without any fact, to add to. */
export function emptyFactRequirements(): FactRequirements {
  return { techInsights: {}, history: {}, pushed: {}, pushedHistory: {} };
}

/** Adds a fact to the requirements (kept sorted, without duplicates). */
export function requireFact(
  requirements: FactRequirements,
  { facts, origin, fact }: ReportedFactAddress,
): void {
  const names = (requirements[facts][origin] ??= []);
  if (names.includes(fact)) return;
  names.push(fact);
  names.sort();
}

/** Raises the history look-back of a fact to at least `days`. */
export function requireHistory(
  requirements: FactRequirements,
  { history, origin, fact }: ReportedFactAddress,
  days: number,
): void {
  const byFact = (requirements[history][origin] ??= {});
  byFact[fact] = Math.max(byFact[fact] ?? 0, days);
}
