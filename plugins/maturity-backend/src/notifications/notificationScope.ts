/**
 * The scope key of a maturity notification,
 * `maturity:<event>:<entity>:<campaign>:<YYYY-MM-DD>` (`-` for a part that
 * does not apply). The notifications backend updates the notification with
 * the same scope instead of adding another, so one event is notified once
 * per entity, campaign and day.
 */
export function notificationScope(parts: {
  event: string;
  entityRef?: string;
  campaignId?: string;
  /** A date (its UTC day is used) or a `YYYY-MM-DD` day. */
  date: Date | string;
}): string {
  const day =
    typeof parts.date === 'string'
      ? parts.date.slice(0, 10)
      : parts.date.toISOString().slice(0, 10);
  return [
    'maturity',
    parts.event,
    parts.entityRef ?? '-',
    parts.campaignId ?? '-',
    day,
  ].join(':');
}
