import type { JsonValue } from '@devops-maturity/plugin-maturity-common';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}

/**
 * JSON text of a value with object keys sorted, so that equal values always
 * give equal text and stored JSON can be compared as strings.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * JSON text of an optional value: `null` (SQL NULL) when absent.
 */
export function optionalJson(value: unknown): string | null {
  return value === undefined ? null : stableJson(value);
}

/**
 * Parses stored JSON text; SQL NULL gives `undefined`.
 */
export function parseOptionalJson<T = JsonValue>(
  text: string | null | undefined,
): T | undefined {
  return text === null || text === undefined
    ? undefined
    : (JSON.parse(text) as T);
}
