/**
 * The shape of better-sqlite3's `SqliteError` (name `SqliteError`, a
 * `SQLITE_*` code), which knex's better-sqlite3 client throws with the
 * statement prefixed to the message.
 */
export class SqliteError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'SqliteError';
    this.code = code;
  }
}
