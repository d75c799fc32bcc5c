import type { Knex } from 'knex';
import { aggregateGroups } from './aggregateGroups';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { toStoredEntityLevel } from './resultRows';
import type { EntityRow, GroupRow } from './rows';
import { TABLES } from './tables';
import type { GroupRollup, GroupRollupRow } from './types';

async function rollupRows(
  db: Knex,
  modelId: string,
  groups: ReadonlyArray<{ row: GroupRow; parentRef?: string }>,
): Promise<GroupRollupRow[]> {
  const aggregates = await aggregateGroups(
    db,
    modelId,
    groups.map(g => g.row.group_ref),
  );
  return groups.map(({ row, parentRef }) => {
    const aggregate = aggregates.get(row.group_ref)!;
    return {
      groupRef: row.group_ref,
      title: row.title ?? undefined,
      parentRef,
      entityCount: aggregate.entityCount,
      overall: aggregate.overall,
      domains: aggregate.domains,
    };
  });
}

/**
 * The rollup of one group (its entities and those of every nested group),
 * its direct children and its weakest entities. Undefined for an unknown
 * group.
 */
export async function getGroupRollup(
  db: Knex,
  query: { modelId: string; groupRef: string; weakestLimit: number },
): Promise<GroupRollup | undefined> {
  const { modelId, groupRef } = query;
  const group: GroupRow | undefined = await db(TABLES.groups)
    .where('group_ref', groupRef)
    .first();
  if (!group) {
    return undefined;
  }
  const children: GroupRow[] = await db(TABLES.groups)
    .where('parent_ref', groupRef)
    .whereNot('group_ref', groupRef)
    .orderBy('group_ref');
  const [self, ...childRows] = await rollupRows(db, modelId, [
    { row: group },
    ...children.map(row => ({ row, parentRef: groupRef })),
  ]);

  const limit = Math.max(0, Math.floor(query.weakestLimit));
  const weakest: EntityRow[] =
    limit === 0
      ? []
      : await db({ e: TABLES.entities })
          .join({ c: TABLES.groupClosure }, 'c.group_ref', 'e.owner_ref')
          .where('c.ancestor_ref', groupRef)
          .where('e.model_id', modelId)
          .whereNotNull('e.level')
          .orderBy([
            { column: 'e.level', order: 'asc' },
            { column: 'e.score', order: 'asc' },
            { column: 'e.entity_ref', order: 'asc' },
          ])
          .limit(limit)
          .select('e.*');

  return {
    groupRef,
    title: group.title ?? undefined,
    modelId,
    entityCount: self.entityCount,
    overall: self.overall,
    domains: self.domains,
    children: childRows,
    weakestEntities: weakest.map(toStoredEntityLevel),
  };
}

/**
 * The rows of the org matrix: each root group (no parent, or a parent that
 * is not a known group; `parentRef` unset) followed by its direct children
 * (`parentRef` = the root), roots and children ordered by ref.
 */
export async function getOrgRollup(
  db: Knex,
  modelId: string,
): Promise<GroupRollupRow[]> {
  const roots: GroupRow[] = await db({ g: TABLES.groups })
    .leftJoin({ p: TABLES.groups }, 'p.group_ref', 'g.parent_ref')
    .whereNull('p.group_ref')
    .orderBy('g.group_ref')
    .select('g.*');
  const childrenOf = new Map<string, GroupRow[]>();
  for (const refs of chunk(
    roots.map(r => r.group_ref),
    WHERE_IN_CHUNK,
  )) {
    const children: GroupRow[] = await db(TABLES.groups)
      .whereIn('parent_ref', refs)
      .orderBy('group_ref');
    for (const child of children) {
      const list = childrenOf.get(child.parent_ref!) ?? [];
      list.push(child);
      childrenOf.set(child.parent_ref!, list);
    }
  }
  const ordered = roots.flatMap(root => [
    { row: root },
    ...(childrenOf.get(root.group_ref) ?? []).map(row => ({
      row,
      parentRef: root.group_ref,
    })),
  ]);
  return rollupRows(db, modelId, ordered);
}
