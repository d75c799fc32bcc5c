import { InputError } from '@backstage/errors';
import type { NextFunction, Request, Response } from 'express';

function holdsNul(body: unknown): boolean {
  // Iterative, so that deeply nested bodies cannot overflow the stack.
  const pending: unknown[] = [body];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\0')) return true;
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\0')) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * Answers 400 when a path, query or JSON body holds a NUL character:
 * PostgreSQL can neither store nor compare one in text, so it would surface
 * as a 500 there. `%00` is the only way a NUL reaches a decoded URL value.
 */
export function rejectNulCharacters(
  req: Request,
  _res: Response,
  next: NextFunction,
): void {
  if (/%00/i.test(req.originalUrl) || holdsNul(req.body)) {
    next(new InputError('Request must not contain NUL (U+0000) characters'));
    return;
  }
  next();
}
