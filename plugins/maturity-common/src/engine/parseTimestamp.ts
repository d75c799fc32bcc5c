const DASH = 45;
const COLON = 58;
const DOT = 46;
const T = 84;
const Z = 90;
const ZERO = 48;
const DAY_MS = 86_400_000;

/** The number written by `count` decimal digits at `start`; -1 when one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year ≥ 0). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * `Date.parse` of a text, faster for the UTC timestamps evidence usually
 * carries: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ssZ` and `YYYY-MM-DDTHH:mm:ss.sssZ`
 * are computed from their digits; anything else (offsets, other layouts,
 * out-of-range fields) is left to `Date.parse`, so the result is always the
 * same as `Date.parse(text)`.
 */
export function parseTimestamp(text: string): number {
  // Evidence is JSON from elsewhere: a non-text value gets `Date.parse`'s answer.
  if (typeof text !== 'string') return Date.parse(text);
  const length = text.length;
  if (length !== 10 && length !== 20 && length !== 24) return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (
    text.charCodeAt(4) !== DASH ||
    text.charCodeAt(7) !== DASH ||
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return Date.parse(text);
  }
  const date = daysFromCivil(year, month, day) * DAY_MS;
  if (length === 10) return date;
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  const millis = length === 24 ? digits(text, 20, 3) : 0;
  if (
    text.charCodeAt(10) !== T ||
    text.charCodeAt(13) !== COLON ||
    text.charCodeAt(16) !== COLON ||
    text.charCodeAt(length - 1) !== Z ||
    (length === 24 && text.charCodeAt(19) !== DOT) ||
    hours < 0 ||
    hours > 23 ||
    minutes < 0 ||
    minutes > 59 ||
    seconds < 0 ||
    seconds > 59 ||
    millis < 0
  ) {
    return Date.parse(text);
  }
  return date + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}
