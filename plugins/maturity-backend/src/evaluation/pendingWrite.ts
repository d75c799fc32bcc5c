/**
 * The outcome of a page's writes that a full run awaits only when the next
 * page is ready: a failure is kept as a value, so that it is not reported as
 * an unhandled rejection while the run is busy evaluating, and is thrown
 * when the run collects it.
 */
export type Settled = { changedEntities: number } | { failure: unknown };

/** Starts observing a page's writes. */
export function settle(
  writes: Promise<{ changedEntities: number }>,
): Promise<Settled> {
  return writes.then(
    ({ changedEntities }) => ({ changedEntities }),
    failure => ({ failure }),
  );
}

/** The changed entities of settled writes; throws what made them fail. */
export function unwrap(settled: Settled): number {
  if ('failure' in settled) throw settled.failure;
  return settled.changedEntities;
}
