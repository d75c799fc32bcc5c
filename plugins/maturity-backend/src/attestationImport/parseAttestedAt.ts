import { DateTime } from 'luxon';

const RELATIVE_DATE = /^-(\d+)d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A parsed `attestedAt`. */
export interface AttestedAt {
  at: Date;
  /** Given relative to the day of the import (`-30d`). */
  relative: boolean;
}

/**
 * Reads `attestedAt`: an ISO date (midnight UTC), an ISO date-time (UTC
 * unless it has an offset), or `-Nd` — N days before the start of `now`'s
 * UTC day, the convention of the demo facts files. Undefined when it is
 * none of these or not a real date.
 */
export function parseAttestedAt(
  value: string,
  now: Date,
): AttestedAt | undefined {
  const relative = RELATIVE_DATE.exec(value);
  if (relative) {
    const at = DateTime.fromJSDate(now, { zone: 'utc' })
      .startOf('day')
      .minus({ days: Number(relative[1]) });
    return { at: at.toJSDate(), relative: true };
  }
  if (!ISO_DATE.test(value) && !ISO_DATE_TIME.test(value)) {
    return undefined;
  }
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid
    ? { at: parsed.toJSDate(), relative: false }
    : undefined;
}
