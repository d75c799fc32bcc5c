import { parseFactReference, type FactReference } from '../model/factReference';
import { forEachCondition } from '../model/forEachCondition';
import type { RuleNode } from '../model/types';
import type { CheckSource } from '../results/types';
import type { Outcome } from './outcome';

/** The {@link CheckSource} of each fact source. */
const SOURCE_NAMES: Record<FactReference['source'], CheckSource> = {
  entity: 'catalog',
  relations: 'relations',
  techInsights: 'techInsights',
  pushed: 'pushed',
  attestation: 'attestation',
  maturity: 'maturity',
};

/** The source of a fact address. */
export function sourceOfFact(fact: string): CheckSource {
  return SOURCE_NAMES[(parseFactReference(fact) as FactReference).source];
}

/** One source, `mixed` for several, `none` for none. */
export function combinedSource(sources: ReadonlySet<CheckSource>): CheckSource {
  if (sources.size === 1) return [...sources][0];
  return sources.size > 1 ? 'mixed' : 'none';
}

/**
 * The rule as read when no preferred fact is known: each `first` node reduced
 * to its last child (its final fallback).
 */
export function fallbackRule(node: RuleNode): RuleNode {
  if ('first' in node) return fallbackRule(node.first[node.first.length - 1]);
  if ('all' in node) return { all: node.all.map(fallbackRule) };
  if ('any' in node) return { any: node.any.map(fallbackRule) };
  if ('not' in node) return { not: fallbackRule(node.not) };
  return node;
}

function hasFirst(node: RuleNode): boolean {
  if ('first' in node) return true;
  if ('all' in node) return node.all.some(hasFirst);
  if ('any' in node) return node.any.some(hasFirst);
  if ('not' in node) return hasFirst(node.not);
  return false;
}

function collectSources(
  outcome: Outcome,
  sources: ReadonlyMap<string, CheckSource>,
  into: Set<CheckSource>,
) {
  if (outcome.children) {
    for (const child of outcome.children) collectSources(child, sources, into);
  } else if (outcome.fact !== undefined) {
    const source = sources.get(outcome.fact);
    if (source) into.add(source);
  }
}

/**
 * For a rule with a `first` node, the source of an outcome: the sources of the
 * conditions that decided it (a pushed fact, or the TechInsights fact it falls
 * back to), not of every condition of the rule. Undefined for other rules,
 * whose outcomes always involve all their sources. (A result without an
 * outcome, e.g. not applicable, has the source of {@link fallbackRule}.)
 */
export function compileOutcomeSource(
  rule: RuleNode,
): ((outcome: Outcome) => CheckSource) | undefined {
  if (!hasFirst(rule)) return undefined;
  const sources = new Map<string, CheckSource>();
  forEachCondition(rule, condition =>
    sources.set(condition.fact, sourceOfFact(condition.fact)),
  );
  return outcome => {
    const seen = new Set<CheckSource>();
    collectSources(outcome, sources, seen);
    return combinedSource(seen);
  };
}
