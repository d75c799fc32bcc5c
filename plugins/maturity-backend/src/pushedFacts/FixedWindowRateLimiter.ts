/** The answer of {@link FixedWindowRateLimiter.take}. */
export type RateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Counts requests per key in fixed windows (in memory, per instance): at
 * most `requests` in each window of `windowSeconds`. Windows that have ended
 * are dropped as the map grows, so memory follows the active keys.
 */
export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs: number;
  private readonly requests: number;

  constructor(options: { requests: number; windowSeconds: number }) {
    this.requests = options.requests;
    this.windowMs = options.windowSeconds * 1000;
  }

  /** Counts one request of `key` at `now` (ms), if the window has room. */
  take(key: string, now: number = Date.now()): RateLimitDecision {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (!window && this.windows.size >= 1000) this.sweep(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.requests) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(
          1,
          Math.ceil((window.startedAt + this.windowMs - now) / 1000),
        ),
      };
    }
    window.count += 1;
    return { allowed: true, remaining: this.requests - window.count };
  }

  /** The number of keys with a window held (tests). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}
