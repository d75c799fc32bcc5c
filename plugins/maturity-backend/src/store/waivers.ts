import { randomUUID } from 'node:crypto';
import type { WaiverEvidence } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { appendAudit } from './auditLog';
import { listNewestFirst, validByEntityAndCheck } from './checkEvidenceRows';
import type { WaiverRow } from './rows';
import { TABLES } from './tables';
import { normalizeTimestamp, toIso } from './time';
import type { WaiverRecord } from './types';

function toRecord(row: WaiverRow): WaiverRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    reason: row.reason,
    author: row.author,
    createdAt: row.created_at,
    expiresAt: row.expires_at ?? undefined,
    revokedAt: row.revoked_at ?? undefined,
    revokedBy: row.revoked_by ?? undefined,
    revokeReason: row.revoke_reason ?? undefined,
  };
}

/** Stores a waiver and its audit entry in one transaction. */
export async function createWaiver(
  db: Knex,
  input: Omit<
    WaiverRecord,
    'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'
  >,
  now: Date,
): Promise<WaiverRecord> {
  const row: WaiverRow = {
    id: randomUUID(),
    entity_ref: input.entityRef,
    check_id: input.checkId,
    reason: input.reason,
    author: input.author,
    created_at: toIso(now),
    expires_at:
      input.expiresAt !== undefined
        ? normalizeTimestamp(input.expiresAt, 'expiresAt')
        : null,
    revoked_at: null,
    revoked_by: null,
    revoke_reason: null,
  };
  await db.transaction(async tx => {
    await tx(TABLES.waivers).insert(row);
    await appendAudit(tx, {
      entityRef: row.entity_ref,
      checkId: row.check_id,
      subject: 'waiver',
      subjectId: row.id,
      action: 'created',
      actor: row.author,
      at: row.created_at,
      details: { reason: row.reason, expiresAt: row.expires_at ?? undefined },
    });
  });
  return toRecord(row);
}

/** One waiver by id, revoked or not. */
export async function getWaiver(
  db: Knex,
  id: string,
): Promise<WaiverRecord | undefined> {
  const row: WaiverRow | undefined = await db(TABLES.waivers)
    .where('id', id)
    .first();
  return row && toRecord(row);
}

/**
 * Marks a waiver revoked (it is kept) and audits it, in one transaction.
 * Undefined when unknown; an already revoked waiver is returned unchanged,
 * without a new audit entry.
 */
export async function revokeWaiver(
  db: Knex,
  id: string,
  actor: string,
  reason: string | undefined,
  now: Date,
): Promise<WaiverRecord | undefined> {
  return db.transaction(async tx => {
    const row: WaiverRow | undefined = await tx(TABLES.waivers)
      .where('id', id)
      .first();
    if (!row || row.revoked_at) {
      return row && toRecord(row);
    }
    const changes = {
      revoked_at: toIso(now),
      revoked_by: actor,
      revoke_reason: reason ?? null,
    };
    await tx(TABLES.waivers).where('id', id).update(changes);
    await appendAudit(tx, {
      entityRef: row.entity_ref,
      checkId: row.check_id,
      subject: 'waiver',
      subjectId: id,
      action: 'revoked',
      actor,
      at: changes.revoked_at,
      details: { reason },
    });
    return toRecord({ ...row, ...changes });
  });
}

/** Waivers of an entity, revoked and expired included, newest first. */
export async function listWaivers(
  db: Knex,
  entityRef: string,
): Promise<WaiverRecord[]> {
  const rows = await listNewestFirst<WaiverRow>(db, TABLES.waivers, entityRef);
  return rows.map(toRecord);
}

/**
 * The valid waiver per entity and check (not revoked, and without expiry or
 * expiring after `now`; the most recently created when several are valid).
 * Entities without any are absent from the map.
 */
export async function getActiveWaivers(
  db: Knex,
  entityRefs: readonly string[],
  now: Date,
): Promise<Map<string, Record<string, WaiverEvidence>>> {
  const nowIso = toIso(now);
  return validByEntityAndCheck(db, {
    table: TABLES.waivers,
    entityRefs,
    stillValid: query =>
      query.whereNull('expires_at').orWhere('expires_at', '>', nowIso),
    toEvidence: (row: WaiverRow): WaiverEvidence => ({
      reason: row.reason,
      author: row.author,
      ...(row.expires_at !== null ? { expiresAt: row.expires_at } : {}),
    }),
  });
}
