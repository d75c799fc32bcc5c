import type { JsonValue } from '@devops-maturity/plugin-maturity-common';

/** The types a pushed fact may be declared with (those of TechInsights). */
export const PUSHED_FACT_TYPES = [
  'integer',
  'float',
  'string',
  'boolean',
  'datetime',
  'set',
  'object',
] as const;

/** A declared type of pushed fact. */
export type PushedFactType = (typeof PUSHED_FACT_TYPES)[number];

/** Whether a word is one of {@link PUSHED_FACT_TYPES}. */
export function isPushedFactType(value: unknown): value is PushedFactType {
  return (PUSHED_FACT_TYPES as ReadonlyArray<unknown>).includes(value);
}

/** ISO 8601 date-time with a time zone (`Z` or an offset). */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A short description of a JSON value for error messages: `string "abc"`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `${typeof value} ${String(value)}`;
  }
  return typeof value;
}

/** Parses an ISO 8601 date-time with a time zone; undefined otherwise. */
export function parseIsoDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The stored form of a pushed value of a type, or an error saying what was
 * expected: datetimes are normalised to UTC with milliseconds, sets lose
 * their duplicates; everything else is kept as given.
 */
export function normalizeFactValue(
  type: PushedFactType,
  value: unknown,
): { value: JsonValue } | { error: string } {
  const wrong = { error: `expected ${type}, got ${describeValue(value)}` };
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? { value }
        : wrong;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value)
        ? { value }
        : wrong;
    case 'string':
    case 'boolean':
      return typeof value === type ? { value: value as JsonValue } : wrong;
    case 'datetime': {
      const date = parseIsoDateTime(value);
      return date
        ? { value: date.toISOString() }
        : {
            error: `expected datetime (ISO 8601 with a time zone), got ${describeValue(
              value,
            )}`,
          };
    }
    case 'set': {
      if (!Array.isArray(value)) return wrong;
      const seen = new Set<string>();
      const items: JsonValue[] = [];
      for (const item of value) {
        if (item === null || typeof item === 'object') {
          return {
            error: `expected set of strings, numbers or booleans, got an item ${describeValue(
              item,
            )}`,
          };
        }
        const key = JSON.stringify(item);
        if (!seen.has(key)) {
          seen.add(key);
          items.push(item as JsonValue);
        }
      }
      return { value: items };
    }
    case 'object':
      return value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value)
        ? { value: value as JsonValue }
        : wrong;
    default:
      return wrong;
  }
}
