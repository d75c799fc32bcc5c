const DAY_MS = 24 * 3600 * 1000;

const epochDay = (day: string) => Date.parse(`${day}T00:00:00.000Z`) / DAY_MS;

/**
 * Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is
 * earlier.
 *
 * @public
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(epochDay(to) - epochDay(from));
}

/**
 * The day `days` after `day` (`YYYY-MM-DD`, UTC).
 *
 * @public
 */
export function addDays(day: string, days: number): string {
  return new Date((epochDay(day) + days) * DAY_MS).toISOString().slice(0, 10);
}
