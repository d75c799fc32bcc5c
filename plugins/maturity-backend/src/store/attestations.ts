import { randomUUID } from 'node:crypto';
import type {
  AttestationEvidence,
  JsonValue,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { appendAudit } from './auditLog';
import { listNewestFirst, validByEntityAndCheck } from './checkEvidenceRows';
import type { AttestationRow } from './rows';
import { TABLES } from './tables';
import { normalizeTimestamp, toIso } from './time';
import type {
  AttestationImport,
  AttestationImportResult,
  AttestationRecord,
} from './types';

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
    revokeReason: row.revoke_reason ?? undefined,
  };
}

/** Stores an attestation and its audit entry in one transaction. */
export async function createAttestation(
  db: Knex,
  input: Omit<
    AttestationRecord,
    'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'
  >,
  now: Date,
): Promise<AttestationRecord> {
  const row = toRow(input, toIso(now));
  await db.transaction(tx => insertAttestation(tx, row, {}));
  return toRecord(row);
}

/**
 * Stores attestations brought in from files, with their historical author
 * and time, each with its audit entry like one created through the API (plus
 * `importedFrom`). All in one transaction. An attestation stored by an
 * earlier import (same entity, check, author, time and evidence URL; revoked
 * ones included) is skipped, so that importing the same file again changes
 * nothing.
 */
export async function importAttestations(
  db: Knex,
  imports: readonly AttestationImport[],
  now: Date,
): Promise<AttestationImportResult> {
  const nowIso = toIso(now);
  return db.transaction(async tx => {
    await lockAttestationImports(tx);
    const result: AttestationImportResult = { imported: 0, alreadyImported: 0 };
    for (const item of imports) {
      const row = toRow(
        item,
        normalizeTimestamp(item.attestedAt, 'attestedAt'),
      );
      if (
        await isAlreadyImported(tx, row, item.renewOnExpiry === true, nowIso)
      ) {
        result.alreadyImported += 1;
        continue;
      }
      await insertAttestation(tx, row, {
        importedFrom: item.importedFrom,
      });
      result.imported += 1;
    }
    return result;
  });
}

/** Advisory lock key of attestation imports (arbitrary, fixed). */
const IMPORT_LOCK_KEY = 7_236_943;

/**
 * On PostgreSQL, serialises imports of instances starting at the same time,
 * so that both do not find an attestation missing and store it twice.
 * SQLite serialises writing transactions by itself.
 */
async function lockAttestationImports(tx: Knex.Transaction): Promise<void> {
  if (tx.client.dialect === 'postgresql') {
    await tx.raw('select pg_advisory_xact_lock(?)', [IMPORT_LOCK_KEY]);
  }
}

function toRow(
  input: Pick<
    AttestationRecord,
    'entityRef' | 'checkId' | 'evidenceUrl' | 'comment' | 'author' | 'expiresAt'
  >,
  createdAt: string,
): AttestationRow {
  return {
    id: randomUUID(),
    entity_ref: input.entityRef,
    check_id: input.checkId,
    evidence_url: input.evidenceUrl,
    comment: input.comment ?? null,
    author: input.author,
    created_at: createdAt,
    expires_at: normalizeTimestamp(input.expiresAt, 'expiresAt'),
    revoked_at: null,
    revoked_by: null,
  };
}

/** Inserts an attestation and its `created` audit entry; call in a transaction. */
async function insertAttestation(
  tx: Knex.Transaction,
  row: AttestationRow,
  extraDetails: Record<string, JsonValue>,
): Promise<void> {
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
      comment: row.comment ?? undefined,
      expiresAt: row.expires_at,
      ...extraDetails,
    },
  });
}

async function isAlreadyImported(
  tx: Knex.Transaction,
  row: AttestationRow,
  renewOnExpiry: boolean,
  nowIso: string,
): Promise<boolean> {
  const match = await tx(TABLES.attestations)
    .where({
      entity_ref: row.entity_ref,
      check_id: row.check_id,
      author: row.author,
      evidence_url: row.evidence_url,
    })
    .andWhere(query => {
      query.where('created_at', row.created_at);
      if (renewOnExpiry) query.orWhere('expires_at', '>', nowIso);
    })
    .first('id');
  return match !== undefined;
}

/** One attestation, revoked ones included; undefined when unknown. */
export async function getAttestation(
  db: Knex,
  id: string,
): Promise<AttestationRecord | undefined> {
  const row: AttestationRow | undefined = await db(TABLES.attestations)
    .where('id', id)
    .first();
  return row && toRecord(row);
}

/**
 * Marks an attestation revoked (it is kept) and audits it with the reason,
 * in one transaction. Undefined when unknown; an already revoked attestation
 * is returned unchanged.
 */
export async function revokeAttestation(
  db: Knex,
  id: string,
  actor: string,
  now: Date,
  reason?: string,
): Promise<AttestationRecord | undefined> {
  return db.transaction(async tx => {
    const row: AttestationRow | undefined = await tx(TABLES.attestations)
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
    await tx(TABLES.attestations).where('id', id).update(changes);
    await appendAudit(tx, {
      entityRef: row.entity_ref,
      checkId: row.check_id,
      subject: 'attestation',
      subjectId: id,
      action: 'revoked',
      actor,
      at: changes.revoked_at,
      details: reason === undefined ? {} : { reason },
    });
    return toRecord({ ...row, ...changes });
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
