import { parseTimestamp } from './parseTimestamp';

/** Milliseconds in a day. */
export const DAY = 24 * 60 * 60 * 1000;

/** Hundredths below this bound are formatted from integers (exact, and fast). */
const MAX_HUNDREDTHS = 2 ** 31;

/** Formats a number with at most two decimals. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const hundredths = Math.round(value * 100);
  if (hundredths >= MAX_HUNDREDTHS || hundredths <= -MAX_HUNDREDTHS)
    return String(hundredths / 100);
  // The text of `hundredths / 100` without converting a fraction to text:
  // the shortest decimal of that number has these digits at this magnitude.
  const magnitude = hundredths < 0 ? -hundredths : hundredths;
  const whole = (magnitude - (magnitude % 100)) / 100;
  const cents = magnitude % 100;
  const sign = hundredths < 0 ? '-' : '';
  if (cents === 0) return `${sign}${whole}`;
  if (cents % 10 === 0) return `${sign}${whole}.${cents / 10}`;
  return `${sign}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** A rule's threshold as written in the model: two decimals when exact, else every digit. */
export function formatThreshold(value: number): string {
  const text = formatNumber(value);
  return Number(text) === value ? text : String(value);
}

/** `3.0010` → `3.001`, `3.0000` → `3`. */
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * Formats an observed number shown beside the threshold it was compared with
 * (`thresholdText`, from {@link formatThreshold}): two decimals, more when two
 * would not compare with the threshold as the value does — up to four, then
 * every digit — so that 3.0001 against 3 reads `3.0001 (> 3)`, not `3 (> 3)`.
 */
export function formatNumberBeside(
  value: number,
  threshold: number,
  thresholdText: string,
): string {
  const text = formatNumber(value);
  if (!Number.isFinite(value) || !Number.isFinite(threshold)) return text;
  const side = Math.sign(value - threshold);
  const faithful = (shown: string) =>
    shown !== thresholdText || side === 0
      ? Math.sign(Number(shown) - threshold) === side
      : false;
  if (faithful(text)) return text;
  for (let decimals = 3; decimals <= 4; decimals++) {
    const finer = trimZeros(value.toFixed(decimals));
    if (faithful(finer)) return finer;
  }
  return String(value);
}

/** Formats an observed or required value for a message. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string')
    return value.length > 80 ? `'${value.slice(0, 77)}…'` : `'${value}'`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** Formats a timestamp as an ISO date (day precision). */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The day of a date fact: the first ten characters of an ISO string, else formatted. */
export function formatDateOf(value: unknown, ms: number): string {
  return typeof value === 'string' && ISO_DATE.test(value)
    ? value.slice(0, 10)
    : formatDate(ms);
}

/** Parses a date fact: ISO-8601 string or epoch milliseconds; NaN when invalid. */
export function parseDate(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseTimestamp(value);
  return NaN;
}

/** Normalises a primitive for case-insensitive comparison (`7` equals `'7'`). */
export function comparable(value: unknown): string {
  return typeof value === 'string' ? value.toLowerCase() : String(value);
}
