/**
 * SQLite accepts at most 999 bound variables per statement in its most
 * conservative builds; every statement of the store stays below that.
 */
const MAX_VARIABLES = 999;

/** The most rows written by one statement. */
const MAX_ROWS_PER_STATEMENT = 500;

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
 * the variable limit.
 */
export function rowsPerStatement(columns: number): number {
  return Math.max(
    1,
    Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VARIABLES / columns)),
  );
}
