/** The outcome of {@link forEachBounded}: how many items failed, and the first error. */
export interface BoundedResult {
  failed: number;
  firstError?: unknown;
}

/**
 * Calls `fn` for every item with at most `concurrency` calls in flight.
 * A failing call does not stop the others; failures are counted, so a
 * caller logs one line for a batch instead of one per item.
 */
export async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
): Promise<BoundedResult> {
  const result: BoundedResult = { failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (error) {
        result.failed += 1;
        if (result.failed === 1) result.firstError = error;
      }
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return result;
}
