/**
 * Runs a task once a slot is free; resolves or rejects with the task.
 */
export type ConcurrencyLimiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Creates a limiter that runs at most `limit` tasks at once, starting waiting
 * tasks in the order they were submitted.
 */
export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(
      `Concurrency limit must be a positive integer, got ${limit}`,
    );
  }
  let running = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    if (next) {
      // The slot passes straight to the next task; `running` stays the same.
      next();
    } else {
      running -= 1;
    }
  };

  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < limit) {
      running += 1;
    } else {
      await new Promise<void>(resolve => waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      release();
    }
  };
}
