import type { Knex } from 'knex';
import { chunk, rowsPerStatement, statementLimits } from './chunks';

function columnCount(rows: readonly object[]): number {
  let most = 1;
  for (const row of rows) most = Math.max(most, Object.keys(row).length);
  return most;
}

function rowsFor(db: Knex | Knex.Transaction, rows: readonly object[]) {
  return rowsPerStatement(
    columnCount(rows),
    statementLimits(db.client.dialect),
  );
}

/**
 * Inserts rows in as few statements as the variable limit allows.
 */
export async function insertRows(
  db: Knex | Knex.Transaction,
  table: string,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  for (const piece of chunk(rows, rowsFor(db, rows))) {
    await db(table).insert(piece);
  }
}

/**
 * Inserts rows, replacing every column of rows whose key already exists, in
 * as few statements as the variable limit allows. All rows must have the
 * same columns.
 */
export async function upsertRows(
  db: Knex | Knex.Transaction,
  table: string,
  rows: readonly object[],
  keyColumns: string[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const keys = new Set(keyColumns);
  const updated = Object.keys(rows[0]).filter(column => !keys.has(column));
  for (const piece of chunk(rows, rowsFor(db, rows))) {
    await db(table).insert(piece).onConflict(keyColumns).merge(updated);
  }
}
