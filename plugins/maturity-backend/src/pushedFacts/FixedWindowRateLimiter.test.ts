import { FixedWindowRateLimiter } from './FixedWindowRateLimiter';

describe('FixedWindowRateLimiter', () => {
  it('allows the configured number of requests per window and key', () => {
    const limiter = new FixedWindowRateLimiter({
      requests: 2,
      windowSeconds: 60,
    });
    expect(limiter.take('ci', 0)).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('ci', 1_000)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('ci', 15_500)).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
    // another subject has its own window
    expect(limiter.take('deploy', 15_500)).toEqual({
      allowed: true,
      remaining: 1,
    });
    // a new window starts when the old one has ended
    expect(limiter.take('ci', 60_000)).toEqual({ allowed: true, remaining: 1 });
  });

  it('never asks to wait less than a second', () => {
    const limiter = new FixedWindowRateLimiter({
      requests: 1,
      windowSeconds: 1,
    });
    limiter.take('ci', 0);
    expect(limiter.take('ci', 999)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it('drops ended windows as keys accumulate', () => {
    const limiter = new FixedWindowRateLimiter({
      requests: 1,
      windowSeconds: 1,
    });
    for (let i = 0; i < 1000; i++) limiter.take(`subject-${i}`, 0);
    expect(limiter.size).toBe(1000);
    limiter.take('late', 5_000);
    expect(limiter.size).toBe(1);
  });
});
