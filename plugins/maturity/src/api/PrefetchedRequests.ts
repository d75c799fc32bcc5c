/** How long an answered prefetch may still be handed out (ms). */
export const PREFETCH_REUSE_MS = 10_000;

interface PrefetchedRequest {
  request: Promise<unknown>;
  /** When it was answered or failed; undefined while in flight. */
  settledAt?: number;
}

/**
 * Requests started ahead of the component that asks for them (see
 * `MaturityClient.prefetch`), by key (the request's path). Each is handed out
 * once, to the first same request, while in flight or within
 * {@link PREFETCH_REUSE_MS} of its answer; a failure is handed out as it is.
 */
export class PrefetchedRequests {
  private readonly requests = new Map<string, PrefetchedRequest>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly reuseMs: number = PREFETCH_REUSE_MS,
  ) {}

  /** Starts `send` under `key`, unless a request is kept under it already. */
  start<T>(key: string, send: () => Promise<T>): Promise<T> {
    this.dropExpired();
    const kept = this.requests.get(key);
    if (kept) return kept.request as Promise<T>;
    const request = send();
    const entry: PrefetchedRequest = { request };
    const settled = () => {
      entry.settledAt = this.now();
    };
    // also marks a failure as handled until someone takes it
    request.then(settled, settled);
    this.requests.set(key, entry);
    return request;
  }

  /** Whether a request is kept under `key`. */
  has(key: string): boolean {
    this.dropExpired();
    return this.requests.has(key);
  }

  /** The request kept under `key`, handed out once. */
  take<T>(key: string): Promise<T> | undefined {
    this.dropExpired();
    const kept = this.requests.get(key);
    this.requests.delete(key);
    return kept?.request as Promise<T> | undefined;
  }

  /** Forgets every kept request (after a change, their answers may be old). */
  clear(): void {
    this.requests.clear();
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.requests) {
      if (
        entry.settledAt !== undefined &&
        now - entry.settledAt > this.reuseMs
      ) {
        this.requests.delete(key);
      }
    }
  }
}
