/** Bound variables and rows one statement of the store may carry. */
export interface StatementLimits {
  maxVariables: number;
  maxRows: number;
}

/**
 * SQLite accepts at most 999 bound variables per statement in its most
 * conservative builds; every statement of the store stays below that.
 */
const SQLITE_LIMITS: StatementLimits = { maxVariables: 999, maxRows: 500 };

/**
 * PostgreSQL's protocol allows 65 535 bound variables: fewer, larger
 * statements save the round trips that dominate a cold run's writes.
 */
const POSTGRES_LIMITS: StatementLimits = {
  maxVariables: 65_535,
  maxRows: 5_000,
};

/** The statement limits of a database dialect (`knex.client.dialect`). */
export function statementLimits(dialect: string | undefined): StatementLimits {
  return dialect === 'postgresql' ? POSTGRES_LIMITS : SQLITE_LIMITS;
}

/**
 * The most values in one `whereIn` list; leaves room for the few other
 * variables of the statement.
 */
export const WHERE_IN_CHUNK = 500;

/**
 * Splits a list into consecutive pieces of at most `size` items.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) {
    throw new RangeError(`Chunk size must be positive, got ${size}`);
  }
  const pieces: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    pieces.push(items.slice(start, start + size));
  }
  return pieces;
}

/**
 * How many rows of `columns` columns one insert may carry without exceeding
 * the variable limit (SQLite's unless other limits are given).
 */
export function rowsPerStatement(
  columns: number,
  limits: StatementLimits = SQLITE_LIMITS,
): number {
  return Math.max(
    1,
    Math.min(limits.maxRows, Math.floor(limits.maxVariables / columns)),
  );
}
