/**
 * Calls `probe` until it returns a value other than undefined, or throws with
 * `what` and the last probe error once `timeoutMs` passed.
 */
export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(
        `Timed out after ${
          options.timeoutMs / 1000
        } s waiting for ${what}${cause}`,
      );
    }
    await new Promise(resolve =>
      setTimeout(resolve, options.intervalMs ?? 1000),
    );
  }
}
