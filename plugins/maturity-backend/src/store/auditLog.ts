import type { JsonValue } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import type { AuditRow } from './rows';
import { TABLES } from './tables';
import type { AuditEntry } from './types';

/**
 * Appends one entry to the audit trail; call inside the transaction of the
 * change. Undefined details are left out.
 */
export async function appendAudit(
  tx: Knex.Transaction,
  entry: Omit<AuditEntry, 'id' | 'details'> & {
    details: Record<string, JsonValue | undefined>;
  },
): Promise<void> {
  const details: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(entry.details)) {
    if (value !== undefined) {
      details[key] = value;
    }
  }
  await tx(TABLES.auditLog).insert({
    entity_ref: entry.entityRef,
    check_id: entry.checkId,
    subject: entry.subject,
    subject_id: entry.subjectId,
    action: entry.action,
    actor: entry.actor,
    at: entry.at,
    details: JSON.stringify(details),
  });
}

/** The audit trail of an entity, newest first. */
export async function listAudit(
  db: Knex,
  entityRef: string,
): Promise<AuditEntry[]> {
  const rows: AuditRow[] = await db(TABLES.auditLog)
    .where('entity_ref', entityRef)
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
  return rows.map(row => ({
    id: String(row.id),
    entityRef: row.entity_ref,
    checkId: row.check_id,
    subject: row.subject as AuditEntry['subject'],
    subjectId: row.subject_id,
    action: row.action as AuditEntry['action'],
    actor: row.actor,
    at: row.at,
    details: JSON.parse(row.details),
  }));
}
