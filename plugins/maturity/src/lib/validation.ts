import { endOfDay, toDateInputValue } from './time';
import { english, Localizer } from '../translation/translate';

const DAY_MS = 24 * 3600 * 1000;

/** The longest comment or reason the backend accepts. */
export const MAX_TEXT_LENGTH = 4000;

const MAX_URL_LENGTH = 2000;
const MIN_REASON_LENGTH = 3;

/** An error message for an evidence URL, undefined when it is valid. */
export function validateEvidenceUrl(
  value: string,
  i18n: Localizer = english,
): string | undefined {
  const text = value.trim();
  if (!text) return i18n.t('validation.urlRequired');
  if (text.length > MAX_URL_LENGTH) {
    return i18n.t('validation.urlTooLong', { max: MAX_URL_LENGTH });
  }
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return i18n.t('validation.urlScheme');
    }
  } catch {
    return i18n.t('validation.urlInvalid');
  }
  return undefined;
}

/** An error message for a waiver reason, undefined when it is valid. */
export function validateReason(
  value: string,
  i18n: Localizer = english,
): string | undefined {
  const text = value.trim();
  if (text.length < MIN_REASON_LENGTH) {
    return i18n.t('validation.reasonTooShort', { min: MIN_REASON_LENGTH });
  }
  if (text.length > MAX_TEXT_LENGTH) {
    return i18n.t('validation.reasonTooLong', { max: MAX_TEXT_LENGTH });
  }
  return undefined;
}

/** An error message for a comment, undefined when it is valid. */
export function validateComment(
  value: string,
  i18n: Localizer = english,
): string | undefined {
  return value.length > MAX_TEXT_LENGTH
    ? i18n.t('validation.commentTooLong', { max: MAX_TEXT_LENGTH })
    : undefined;
}

/**
 * Checks an optional expiry date (`YYYY-MM-DD`): a later day than today and,
 * with `maxDays`, no later than that many days away. Returns the error
 * message or the expiry as ISO (end of that day, capped at `maxDays`).
 */
export function parseExpiry(
  value: string,
  options: { maxDays?: number; now?: Date; i18n?: Localizer } = {},
): { error?: string; expiresAt?: string } {
  const { t } = options.i18n ?? english;
  if (!value) return {};
  const now = options.now ?? new Date();
  const end = endOfDay(value);
  if (!end) return { error: t('validation.expiryFormat') };
  const todayEnd = endOfDay(toDateInputValue(now))!;
  if (end.getTime() <= todayEnd.getTime()) {
    return { error: t('validation.expiryNotFuture') };
  }
  if (options.maxDays !== undefined) {
    const max = new Date(now.getTime() + options.maxDays * DAY_MS);
    const maxDayEnd = endOfDay(toDateInputValue(max))!;
    if (end.getTime() > maxDayEnd.getTime()) {
      return {
        error: t('validation.expiryTooLate', { count: options.maxDays }),
      };
    }
    return {
      expiresAt: new Date(Math.min(end.getTime(), max.getTime())).toISOString(),
    };
  }
  return { expiresAt: end.toISOString() };
}

/** Whether a stored text (an evidence URL, a detail) is a web link to show as one. */
export function isWebUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}
