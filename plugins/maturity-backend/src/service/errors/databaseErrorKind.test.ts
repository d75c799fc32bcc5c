import {
  AuthenticationError,
  InputError,
  NotFoundError,
} from '@backstage/errors';
import { KnexTimeoutError } from 'knex';
import { databaseErrorKind } from './databaseErrorKind';
import { SqliteError } from '../__testUtils__/SqliteError';

function withCode(message: string, fields: Record<string, unknown>) {
  return Object.assign(new Error(message), fields);
}

describe('databaseErrorKind', () => {
  it.each([
    ['SQLITE_READONLY', 'attempt to write a readonly database'],
    ['SQLITE_BUSY', 'database is locked'],
    ['SQLITE_CANTOPEN', 'unable to open database file'],
    ['SQLITE_IOERR_WRITE', 'disk I/O error'],
  ])('calls SqliteError %s unavailable', (code, message) => {
    expect(
      databaseErrorKind(
        new SqliteError(
          `insert into "maturity_results" ("a") values (?) - ${message}`,
          code,
        ),
      ),
    ).toBe('unavailable');
  });

  it('calls other SqliteErrors failed', () => {
    expect(
      databaseErrorKind(
        new SqliteError('UNIQUE constraint failed: t.id', 'SQLITE_CONSTRAINT'),
      ),
    ).toBe('failed');
  });

  it.each([
    ['ECONNREFUSED', { errno: -111, syscall: 'connect', port: 5432 }],
    ['57P01', { severity: 'FATAL' }],
    ['08006', { severity: 'FATAL' }],
    ['53300', { severity: 'FATAL' }],
  ])('calls pg error %s unavailable', (code, fields) => {
    expect(databaseErrorKind(withCode('pg says no', { code, ...fields }))).toBe(
      'unavailable',
    );
  });

  it('calls lost pg connections and pool timeouts unavailable', () => {
    expect(
      databaseErrorKind(new Error('Connection terminated unexpectedly')),
    ).toBe('unavailable');
    expect(
      databaseErrorKind(
        new KnexTimeoutError(
          'Knex: Timeout acquiring a connection. The pool is probably full.',
        ),
      ),
    ).toBe('unavailable');
  });

  it('calls other pg errors and messages carrying SQL failed', () => {
    expect(
      databaseErrorKind(
        withCode('relation "x" does not exist', {
          code: '42P01',
          severity: 'ERROR',
        }),
      ),
    ).toBe('failed');
    expect(
      databaseErrorKind(
        new Error('select "id" from "maturity_runs" where "id" = $1 - boom'),
      ),
    ).toBe('failed');
    expect(
      databaseErrorKind(new Error('delete from "t" - no such table: t')),
    ).toBe('failed');
  });

  it('looks through causes, preferring an unavailable one', () => {
    const cause = new SqliteError('database is locked', 'SQLITE_BUSY');
    expect(
      databaseErrorKind(new Error('Failed to store', { cause } as any)),
    ).toBe('unavailable');
  });

  it('leaves route errors and ordinary errors alone', () => {
    expect(
      databaseErrorKind(new InputError('select a model from the list')),
    ).toBeUndefined();
    expect(databaseErrorKind(new NotFoundError('No entity'))).toBeUndefined();
    expect(
      databaseErrorKind(new AuthenticationError('Illegal token')),
    ).toBeUndefined();
    expect(databaseErrorKind(new Error('boom'))).toBeUndefined();
    expect(databaseErrorKind('a string')).toBeUndefined();
    expect(databaseErrorKind(undefined)).toBeUndefined();
  });
});
