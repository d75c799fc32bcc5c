/**
 * What a failed database call means for the caller: `unavailable` when the
 * database cannot be reached or written right now (retrying later may work),
 * `failed` for any other error of the database layer.
 */
export type DatabaseErrorKind = 'unavailable' | 'failed';

// better-sqlite3 (SqliteError.code): read-only or locked files, missing
// directories, full disks, I/O errors.
const SQLITE_UNAVAILABLE =
  /^SQLITE_(READONLY|BUSY|LOCKED|CANTOPEN|IOERR|FULL|PERM|NOTADB|CORRUPT|PROTOCOL)/;
// pg SQLSTATE: connection exceptions (class 08), insufficient resources
// (class 53: too many connections, disk full), operator intervention
// (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
const PG_UNAVAILABLE = /^(08...|53...|57P0[1-3])$/;
// Node socket errors, which pg surfaces unwrapped (connect ECONNREFUSED …).
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
const PG_CONNECTION_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|timeout expired)/;
// Knex prefixes the statement to the driver's message ("insert into … - …").
const SQL_TEXT =
  /\b(insert\s+into|select\s[\s\S]*\sfrom|update\s+\S+\s+set|delete\s+from|create\s+(table|index)|alter\s+table|drop\s+table|pragma)\b/i;
// Errors the routes throw on purpose; their messages are meant for the caller.
const ROUTE_ERRORS = new Set([
  'InputError',
  'NotFoundError',
  'NotAllowedError',
  'ConflictError',
  'AuthenticationError',
  'NotModifiedError',
  'ServiceUnavailableError',
]);

function ownKind(error: any): DatabaseErrorKind | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const name = String(error.name ?? '');
  const code = typeof error.code === 'string' ? error.code : '';
  const message = String(error.message ?? '');
  if (name === 'KnexTimeoutError') {
    return 'unavailable';
  }
  if (name === 'SqliteError' || code.startsWith('SQLITE_')) {
    return SQLITE_UNAVAILABLE.test(code) ? 'unavailable' : 'failed';
  }
  if (PG_UNAVAILABLE.test(code) || SOCKET_CODES.has(code)) {
    return 'unavailable';
  }
  if (PG_CONNECTION_MESSAGE.test(message)) {
    return 'unavailable';
  }
  if (ROUTE_ERRORS.has(name)) {
    return undefined;
  }
  // pg's DatabaseError carries a five-character SQLSTATE and a severity.
  if (/^[0-9A-Z]{5}$/.test(code) && typeof error.severity === 'string') {
    return 'failed';
  }
  if (error.constructor?.name === 'DatabaseError' || SQL_TEXT.test(message)) {
    return 'failed';
  }
  return undefined;
}

/**
 * Whether an error comes from the database layer (knex, pg, better-sqlite3),
 * looking through `cause` chains, and what kind of failure it is; undefined
 * for any other error.
 */
export function databaseErrorKind(
  error: unknown,
): DatabaseErrorKind | undefined {
  let found: DatabaseErrorKind | undefined;
  let current: any = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const kind = ownKind(current);
    if (kind === 'unavailable') {
      return kind;
    }
    found = found ?? kind;
    current = current.cause;
  }
  return found;
}
