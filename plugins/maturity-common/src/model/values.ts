/** Whether a raw model value is a plain object (a YAML map). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A raw model value as a list: itself when it is one, else empty. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
