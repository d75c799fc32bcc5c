import type { Config } from '@backstage/config';

/** The kinds of maturity notification, each switched in app-config. */
export type MaturityNotificationKind =
  | 'levelRegression'
  | 'campaignStart'
  | 'campaignReminder'
  | 'campaignEnd';

/** Which kinds of notification are sent (`maturity.notifications`). */
export type NotificationSettings = Record<MaturityNotificationKind, boolean>;

const KINDS: MaturityNotificationKind[] = [
  'levelRegression',
  'campaignStart',
  'campaignReminder',
  'campaignEnd',
];

/**
 * Reads `maturity.notifications.<kind>`: every kind is on unless set to
 * false. A value that is not a boolean stops the startup.
 */
export function readNotificationSettings(config: Config): NotificationSettings {
  const settings = {} as NotificationSettings;
  for (const kind of KINDS) {
    settings[kind] =
      config.getOptionalBoolean(`maturity.notifications.${kind}`) ?? true;
  }
  return settings;
}
