import { InputError } from '@backstage/errors';

/**
 * The stored form of a moment: ISO 8601 in UTC with milliseconds. All stored
 * timestamps have this fixed width, so text order is time order.
 */
export function toIso(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    throw new InputError('Invalid date');
  }
  return date.toISOString();
}

/**
 * Normalizes a timestamp given as text (any form `Date` parses, e.g. with
 * an offset) to the stored form.
 */
export function normalizeTimestamp(value: string, field: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`Invalid ${field}: ${JSON.stringify(value)}`);
  }
  return date.toISOString();
}

/** The UTC day of a moment, `YYYY-MM-DD`. */
export function toDay(date: Date): string {
  return toIso(date).slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks that a day is `YYYY-MM-DD` and a real date. */
export function assertDay(day: string): string {
  if (!DAY.test(day) || toDay(new Date(`${day}T00:00:00.000Z`)) !== day) {
    throw new InputError(
      `Invalid day ${JSON.stringify(day)}, expected YYYY-MM-DD`,
    );
  }
  return day;
}
