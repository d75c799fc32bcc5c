import { endOfDay, toDateInputValue } from './time';

const DAY_MS = 24 * 3600 * 1000;

/** The longest comment or reason the backend accepts. */
export const MAX_TEXT_LENGTH = 4000;

/** An error message for an evidence URL, undefined when it is valid. */
export function validateEvidenceUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'An evidence URL is required';
  if (text.length > 2000)
    return 'The URL is too long (2000 characters at most)';
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return 'The URL must start with https:// or http://';
    }
  } catch {
    return 'Enter a full URL, e.g. https://wiki.example.com/dr-drill-2024';
  }
  return undefined;
}

/** An error message for a waiver reason, undefined when it is valid. */
export function validateReason(value: string): string | undefined {
  const text = value.trim();
  if (text.length < 3) return 'Give a reason of at least 3 characters';
  if (text.length > MAX_TEXT_LENGTH) {
    return `The reason is too long (${MAX_TEXT_LENGTH} characters at most)`;
  }
  return undefined;
}

/** An error message for a comment, undefined when it is valid. */
export function validateComment(value: string): string | undefined {
  return value.length > MAX_TEXT_LENGTH
    ? `The comment is too long (${MAX_TEXT_LENGTH} characters at most)`
    : undefined;
}

/**
 * Checks an optional expiry date (`YYYY-MM-DD`): a later day than today and,
 * with `maxDays`, no later than that many days away. Returns the error
 * message or the expiry as ISO (end of that day, capped at `maxDays`).
 */
export function parseExpiry(
  value: string,
  options: { maxDays?: number; now?: Date } = {},
): { error?: string; expiresAt?: string } {
  if (!value) return {};
  const now = options.now ?? new Date();
  const end = endOfDay(value);
  if (!end) return { error: 'Enter a date as YYYY-MM-DD' };
  const todayEnd = endOfDay(toDateInputValue(now))!;
  if (end.getTime() <= todayEnd.getTime()) {
    return { error: 'The expiry must be a future date' };
  }
  if (options.maxDays !== undefined) {
    const max = new Date(now.getTime() + options.maxDays * DAY_MS);
    const maxDayEnd = endOfDay(toDateInputValue(max))!;
    if (end.getTime() > maxDayEnd.getTime()) {
      return {
        error: `An attestation of this check is valid for ${options.maxDays} days at most`,
      };
    }
    return {
      expiresAt: new Date(Math.min(end.getTime(), max.getTime())).toISOString(),
    };
  }
  return { expiresAt: end.toISOString() };
}
