import { english } from '../translation/translate';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** A date-time in the app language, e.g. "3 May 2024, 14:05". */
export function formatDateTime(
  iso: string | undefined,
  language: string = english.language,
): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** A date in the app language, e.g. "3 May 2024". */
export function formatDate(
  iso: string | undefined,
  language: string = english.language,
): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language, { dateStyle: 'medium' });
}

/** A calendar day (`YYYY-MM-DD`) in the app language, e.g. "3 May 2024", without time-zone shifts. */
export function formatDay(
  day: string,
  language: string = english.language,
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
  );
  return date.toLocaleDateString(language, { dateStyle: 'medium' });
}

/** A time relative to now, e.g. "3 hours ago" or "in 2 days". */
export function formatRelativeTime(
  iso: string | undefined,
  now: Date = new Date(),
  language: string = english.language,
): string {
  if (!iso) return '–';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'minute');
}

/** `YYYY-MM-DD` of a date in local time, for date inputs. */
export function toDateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/** The end (23:59:59.999 local) of the day of a `YYYY-MM-DD` value; undefined when invalid. */
export function endOfDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    23,
    59,
    59,
    999,
  );
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An ISO date-time `days` days before `now`. */
export function daysAgo(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
}
