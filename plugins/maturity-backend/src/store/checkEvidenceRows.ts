import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';

/** The columns attestation and waiver rows share. */
interface CheckEvidenceRow {
  entity_ref: string;
  check_id: string;
  created_at: string;
}

/** The rows of one entity in an attestation or waiver table, newest first. */
export async function listNewestFirst<Row>(
  db: Knex,
  table: string,
  entityRef: string,
): Promise<Row[]> {
  return db(table)
    .where('entity_ref', entityRef)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
}

/**
 * The valid row per entity and check of an attestation or waiver table: not
 * revoked and passing `stillValid`; the most recently created when several
 * are. Entities without any are absent from the map.
 */
export async function validByEntityAndCheck<Row extends CheckEvidenceRow, T>(
  db: Knex,
  options: {
    table: string;
    entityRefs: readonly string[];
    stillValid: (query: Knex.QueryBuilder) => void;
    toEvidence: (row: Row) => T;
  },
): Promise<Map<string, Record<string, T>>> {
  const result = new Map<string, Record<string, T>>();
  for (const refs of chunk([...new Set(options.entityRefs)], WHERE_IN_CHUNK)) {
    const rows: Row[] = await db(options.table)
      .whereIn('entity_ref', refs)
      .whereNull('revoked_at')
      .where(options.stillValid)
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    // oldest first, so that the newest of a check is the one kept
    for (const row of rows) {
      const byCheck = result.get(row.entity_ref) ?? {};
      byCheck[row.check_id] = options.toEvidence(row);
      result.set(row.entity_ref, byCheck);
    }
  }
  return result;
}
