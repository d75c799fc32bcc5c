import type { GroupClosureRow } from './rows';
import type { GroupNode } from './types';

/**
 * Computes the closure of a group tree: every group paired with itself
 * (depth 0) and with each ancestor (depth = distance). Pure.
 *
 * @remarks
 * A parent that is not among the groups ends the chain. A cycle is cut where
 * the walk would reach a group already on the chain, so every group still
 * gets each distinct ancestor once. When a group ref occurs twice, the last
 * node wins.
 */
export function buildGroupClosure(
  groups: readonly GroupNode[],
): GroupClosureRow[] {
  const parentOf = new Map<string, string | undefined>();
  for (const group of groups) {
    parentOf.set(group.groupRef, group.parentRef);
  }
  const rows: GroupClosureRow[] = [];
  for (const groupRef of parentOf.keys()) {
    const seen = new Set<string>();
    let current: string | undefined = groupRef;
    let depth = 0;
    while (
      current !== undefined &&
      parentOf.has(current) &&
      !seen.has(current)
    ) {
      seen.add(current);
      rows.push({ group_ref: groupRef, ancestor_ref: current, depth });
      current = parentOf.get(current);
      depth += 1;
    }
  }
  return rows;
}
