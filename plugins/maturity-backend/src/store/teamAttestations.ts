import type { AttestationEvidence } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { chunk } from './chunks';
import type { AttestationRow } from './rows';
import { TABLES } from './tables';
import { toIso } from './time';

/** The most owner refs per query, leaving room for the check ids. */
const OWNERS_PER_QUERY = 400;

type TeamAttestationRow = AttestationRow & {
  owner_ref: string;
  depth: number | string;
  group_title: string | null;
};

/**
 * The valid team attestations inherited through each owner group: those
 * stored on the group itself or on any group above it (the closure table),
 * of the given checks, not revoked and expiring after `now`. Per owner and
 * check, nearest group first; one per group (its newest). Each carries
 * `inheritedFrom` (the attested group) and its title. One query per 400
 * owners (a page of entities has fewer).
 */
export async function getTeamAttestations(
  db: Knex,
  ownerRefs: readonly string[],
  checkIds: readonly string[],
  now: Date,
): Promise<Map<string, Record<string, AttestationEvidence[]>>> {
  const result = new Map<string, Record<string, AttestationEvidence[]>>();
  if (checkIds.length === 0) return result;
  const nowIso = toIso(now);
  for (const owners of chunk([...new Set(ownerRefs)], OWNERS_PER_QUERY)) {
    const rows: TeamAttestationRow[] = await db({ c: TABLES.groupClosure })
      .join({ a: TABLES.attestations }, 'a.entity_ref', 'c.ancestor_ref')
      .leftJoin({ g: TABLES.groups }, 'g.group_ref', 'c.ancestor_ref')
      .whereIn('c.group_ref', owners)
      .whereIn('a.check_id', [...new Set(checkIds)])
      .whereNull('a.revoked_at')
      .where('a.expires_at', '>', nowIso)
      .orderBy([
        { column: 'c.group_ref', order: 'asc' },
        { column: 'a.check_id', order: 'asc' },
        { column: 'c.depth', order: 'asc' },
        { column: 'a.created_at', order: 'desc' },
        { column: 'a.id', order: 'desc' },
      ])
      .select(
        'a.*',
        'c.group_ref as owner_ref',
        'c.depth as depth',
        'g.title as group_title',
      );
    for (const row of rows) {
      const byCheck = result.get(row.owner_ref) ?? {};
      const list = (byCheck[row.check_id] ??= []);
      // newest first within a group: keep only its first row
      if (list[list.length - 1]?.inheritedFrom === row.entity_ref) continue;
      list.push({
        attestedAt: row.created_at,
        expiresAt: row.expires_at,
        evidenceUrl: row.evidence_url,
        author: row.author,
        ...(row.comment !== null ? { comment: row.comment } : {}),
        inheritedFrom: row.entity_ref,
        ...(row.group_title ? { inheritedFromTitle: row.group_title } : {}),
      });
      result.set(row.owner_ref, byCheck);
    }
  }
  return result;
}

/**
 * The evaluated entities a team attestation on `groupRef` concerns: those
 * owned by the group or by a group nested under it, and those groups
 * themselves; of every model, sorted.
 */
export async function listEntitiesUnderGroup(
  db: Knex,
  groupRef: string,
): Promise<string[]> {
  const descendants = db(TABLES.groupClosure)
    .where('ancestor_ref', groupRef)
    .select('group_ref');
  const rows: Array<{ entity_ref: string }> = await db(TABLES.entities)
    .whereIn('owner_ref', descendants.clone())
    .orWhereIn('entity_ref', descendants.clone())
    .orWhere('entity_ref', groupRef)
    .distinct('entity_ref')
    .orderBy('entity_ref');
  return rows.map(r => r.entity_ref);
}

/** A group's ancestors from the closure table, nearest first, itself excluded. */
export async function getGroupAncestors(
  db: Knex,
  groupRef: string,
): Promise<string[]> {
  const rows: Array<{ ancestor_ref: string }> = await db(TABLES.groupClosure)
    .where('group_ref', groupRef)
    .where('depth', '>', 0)
    .orderBy('depth')
    .select('ancestor_ref');
  return rows.map(r => r.ancestor_ref);
}
