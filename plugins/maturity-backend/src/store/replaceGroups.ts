import type { Knex } from 'knex';
import { buildGroupClosure } from './buildGroupClosure';
import type { GroupRow } from './rows';
import { TABLES } from './tables';
import type { GroupNode } from './types';
import { insertRows } from './writeRows';

/**
 * Replaces the group tree and its closure table in one transaction.
 */
export async function replaceGroups(
  db: Knex,
  groups: readonly GroupNode[],
): Promise<void> {
  const byRef = new Map<string, GroupRow>();
  for (const group of groups) {
    byRef.set(group.groupRef, {
      group_ref: group.groupRef,
      title: group.title ?? null,
      type: group.type ?? null,
      parent_ref: group.parentRef ?? null,
    });
  }
  const closure = buildGroupClosure(groups);
  await db.transaction(async tx => {
    await tx(TABLES.groupClosure).delete();
    await tx(TABLES.groups).delete();
    await insertRows(tx, TABLES.groups, [...byRef.values()]);
    await insertRows(tx, TABLES.groupClosure, closure);
  });
}
