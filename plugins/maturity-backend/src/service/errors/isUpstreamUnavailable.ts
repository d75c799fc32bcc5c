const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * Whether an error means that a service this backend calls (the catalog, the
 * permission backend, the auth backend's keys) could not be reached or said
 * it is unavailable: a failed fetch (undici's `TypeError: fetch failed`,
 * node-fetch's `FetchError`) or a `ResponseError` with status 502, 503 or 504.
 */
export function isUpstreamUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const e = error as {
    name?: unknown;
    message?: unknown;
    statusCode?: unknown;
    response?: { status?: unknown };
  };
  if (e.name === 'TypeError' && e.message === 'fetch failed') {
    return true;
  }
  if (e.name === 'FetchError') {
    return true;
  }
  if (e.name === 'ResponseError') {
    const status = e.statusCode ?? e.response?.status;
    return typeof status === 'number' && GATEWAY_STATUSES.has(status);
  }
  return false;
}
