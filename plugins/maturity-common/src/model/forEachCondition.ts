import type { RuleCondition, RuleNode } from './types';

/**
 * Calls `visit` for every condition of a rule, depth first, through
 * `all`, `any`, `first` and `not`.
 *
 * @public
 */
export function forEachCondition(
  node: RuleNode,
  visit: (condition: RuleCondition) => void,
): void {
  if ('all' in node) node.all.forEach(child => forEachCondition(child, visit));
  else if ('any' in node)
    node.any.forEach(child => forEachCondition(child, visit));
  else if ('first' in node)
    node.first.forEach(child => forEachCondition(child, visit));
  else if ('not' in node) forEachCondition(node.not, visit);
  else visit(node);
}
