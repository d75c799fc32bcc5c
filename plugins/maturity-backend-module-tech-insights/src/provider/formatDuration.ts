/**
 * Formats milliseconds for messages: `10 s` for whole seconds, else `250 ms`.
 */
export function formatDuration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
