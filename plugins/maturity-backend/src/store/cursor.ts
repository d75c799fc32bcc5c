import { InputError } from '@backstage/errors';

/**
 * Encodes the keyset position of `listEntities`: the last entity ref of the
 * page. Opaque to clients.
 */
export function encodeCursor(afterEntityRef: string): string {
  return Buffer.from(
    JSON.stringify({ after: afterEntityRef }),
    'utf8',
  ).toString('base64url');
}

/**
 * Decodes a cursor of `encodeCursor`; throws an `InputError` when it is not
 * one.
 */
export function decodeCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    // An entity ref never holds NUL, and PostgreSQL cannot compare one.
    if (
      parsed &&
      typeof parsed.after === 'string' &&
      !parsed.after.includes('\0')
    ) {
      return parsed.after;
    }
  } catch {
    // reported below
  }
  throw new InputError('Invalid cursor');
}
