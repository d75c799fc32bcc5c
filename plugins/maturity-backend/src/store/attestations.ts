import { randomUUID } from 'node:crypto';
import type { AttestationEvidence } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { appendAudit } from './auditLog';
import { listNewestFirst, validByEntityAndCheck } from './checkEvidenceRows';
import type { AttestationRow } from './rows';
import { TABLES } from './tables';
import { normalizeTimestamp, toIso } from './time';
import type { AttestationRecord } from './types';

function toRecord(row: AttestationRow): AttestationRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    evidenceUrl: row.evidence_url,
    comment: row.comment ?? undefined,
    author: row.author,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at ?? undefined,
    revokedBy: row.revoked_by ?? undefined,
  };
}

/** Stores an attestation and its audit entry in one transaction. */
export async function createAttestation(
  db: Knex,
  input: Omit<
    AttestationRecord,
    'id' | 'createdAt' | 'revokedAt' | 'revokedBy'
  >,
  now: Date,
): Promise<AttestationRecord> {
  const row: AttestationRow = {
    id: randomUUID(),
    entity_ref: input.entityRef,
    check_id: input.checkId,
    evidence_url: input.evidenceUrl,
    comment: input.comment ?? null,
    author: input.author,
    created_at: toIso(now),
    expires_at: normalizeTimestamp(input.expiresAt, 'expiresAt'),
    revoked_at: null,
    revoked_by: null,
  };
  await db.transaction(async tx => {
    await tx(TABLES.attestations).insert(row);
    await appendAudit(tx, {
      entityRef: row.entity_ref,
      checkId: row.check_id,
      subject: 'attestation',
      subjectId: row.id,
      action: 'created',
      actor: row.author,
      at: row.created_at,
      details: {
        evidenceUrl: row.evidence_url,
        comment: input.comment,
        expiresAt: row.expires_at,
      },
    });
  });
  return toRecord(row);
}

/**
 * Marks an attestation revoked (it is kept) and audits it, in one
 * transaction. Undefined when unknown; an already revoked attestation is
 * returned unchanged.
 */
export async function revokeAttestation(
  db: Knex,
  id: string,
  actor: string,
  now: Date,
): Promise<AttestationRecord | undefined> {
  return db.transaction(async tx => {
    const row: AttestationRow | undefined = await tx(TABLES.attestations)
      .where('id', id)
      .first();
    if (!row || row.revoked_at) {
      return row && toRecord(row);
    }
    const revoked = { ...row, revoked_at: toIso(now), revoked_by: actor };
    await tx(TABLES.attestations)
      .where('id', id)
      .update({ revoked_at: revoked.revoked_at, revoked_by: actor });
    await appendAudit(tx, {
      entityRef: row.entity_ref,
      checkId: row.check_id,
      subject: 'attestation',
      subjectId: id,
      action: 'revoked',
      actor,
      at: revoked.revoked_at,
      details: {},
    });
    return toRecord(revoked);
  });
}

/** Attestations of an entity, revoked and expired included, newest first. */
export async function listAttestations(
  db: Knex,
  entityRef: string,
): Promise<AttestationRecord[]> {
  const rows = await listNewestFirst<AttestationRow>(
    db,
    TABLES.attestations,
    entityRef,
  );
  return rows.map(toRecord);
}

/**
 * The valid attestation per entity and check (not revoked, expiring after
 * `now`; the most recently created when several are valid). Entities
 * without any are absent from the map.
 */
export async function getActiveAttestations(
  db: Knex,
  entityRefs: readonly string[],
  now: Date,
): Promise<Map<string, Record<string, AttestationEvidence>>> {
  const nowIso = toIso(now);
  return validByEntityAndCheck(db, {
    table: TABLES.attestations,
    entityRefs,
    stillValid: query => query.where('expires_at', '>', nowIso),
    toEvidence: (row: AttestationRow): AttestationEvidence => ({
      attestedAt: row.created_at,
      expiresAt: row.expires_at,
      evidenceUrl: row.evidence_url,
      author: row.author,
      ...(row.comment !== null ? { comment: row.comment } : {}),
    }),
  });
}
