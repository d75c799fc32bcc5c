import { CustomErrorBase } from '@backstage/errors';

/**
 * Too many requests of one principal (HTTP 429); the answer's Retry-After
 * header says when to try again.
 */
export class TooManyRequestsError extends CustomErrorBase {
  name = 'TooManyRequestsError' as const;
  /** Read by the backend's error handler for the response status. */
  readonly statusCode = 429;

  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/** A request body over the configured limit (HTTP 413). */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  /** Read by the backend's error handler for the response status. */
  readonly statusCode = 413;
}
