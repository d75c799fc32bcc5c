import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import type { GroupClosureRow, GroupRow } from '../rows';
import { TABLES } from '../tables';
import type { CampaignScopeTeam } from './readCampaignScope';

async function closureOf(
  db: Knex,
  column: 'group_ref' | 'ancestor_ref',
  refs: readonly string[],
): Promise<GroupClosureRow[]> {
  const rows: GroupClosureRow[] = [];
  for (const piece of chunk(refs, WHERE_IN_CHUNK)) {
    rows.push(...(await db(TABLES.groupClosure).whereIn(column, piece)));
  }
  return rows;
}

/**
 * The teams of a campaign's scope — the scope's groups and every group
 * nested under them (depth from the nearest scope group), or without scope
 * groups every group above an owner (depth from its root) — and, for each
 * owner, the teams its entities count for. Uses the group closure like the
 * group rollups.
 */
export async function readScopeTeams(
  db: Knex,
  scopeGroups: readonly string[] | undefined,
  owners: readonly string[],
): Promise<{
  teams: CampaignScopeTeam[];
  unknownGroups: string[];
  teamsOfOwner: Map<string, string[]>;
}> {
  const depthOf = new Map<string, number>();
  let unknownGroups: string[] = [];
  if (scopeGroups) {
    for (const row of await closureOf(db, 'ancestor_ref', scopeGroups)) {
      const depth = Number(row.depth);
      const known = depthOf.get(row.group_ref);
      if (known === undefined || depth < known)
        depthOf.set(row.group_ref, depth);
    }
    unknownGroups = scopeGroups.filter(g => !depthOf.has(g));
  }
  const ownerRows = await closureOf(db, 'group_ref', owners);
  if (!scopeGroups) {
    const above = [...new Set(ownerRows.map(r => r.ancestor_ref))];
    for (const row of await closureOf(db, 'group_ref', above)) {
      const depth = Number(row.depth);
      if (depth >= (depthOf.get(row.group_ref) ?? 0)) {
        depthOf.set(row.group_ref, depth);
      }
    }
  }
  const teamsOfOwner = new Map<string, string[]>();
  for (const row of ownerRows) {
    if (!depthOf.has(row.ancestor_ref)) continue;
    const list = teamsOfOwner.get(row.group_ref) ?? [];
    list.push(row.ancestor_ref);
    teamsOfOwner.set(row.group_ref, list);
  }
  const teams: CampaignScopeTeam[] = [];
  for (const piece of chunk([...depthOf.keys()], WHERE_IN_CHUNK)) {
    const rows: GroupRow[] = await db(TABLES.groups).whereIn(
      'group_ref',
      piece,
    );
    for (const row of rows) {
      teams.push({
        groupRef: row.group_ref,
        ...(row.title !== null ? { title: row.title } : {}),
        ...(row.parent_ref !== null &&
        row.parent_ref !== row.group_ref &&
        depthOf.has(row.parent_ref)
          ? { parentRef: row.parent_ref }
          : {}),
        depth: depthOf.get(row.group_ref)!,
      });
    }
  }
  teams.sort((a, b) => a.groupRef.localeCompare(b.groupRef));
  return { teams, unknownGroups, teamsOfOwner };
}
