const STATUS_BY_NAME: Record<string, number> = {
  NotModifiedError: 304,
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

/**
 * The status Backstage's error handler answers for an error: its numeric
 * `statusCode` or `status`, else the one of its `@backstage/errors` class
 * name, else 500.
 */
export function httpStatusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) {
    return 500;
  }
  const e = error as { statusCode?: unknown; status?: unknown; name?: unknown };
  for (const status of [e.statusCode, e.status]) {
    if (
      typeof status === 'number' &&
      Number.isInteger(status) &&
      status >= 100 &&
      status <= 599
    ) {
      return status;
    }
  }
  return STATUS_BY_NAME[String(e.name)] ?? 500;
}
