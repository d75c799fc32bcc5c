import {
  addDays,
  Campaign,
  daysBetween,
} from '@devops-maturity/plugin-maturity-common';
import type { CampaignNoticeEvent } from '../../store/campaigns/campaignNotices';

/** Days before the target date on which a reminder is due. */
export const REMINDER_DAYS = [14, 3] as const;

/** Something the campaign task owes a campaign today. */
export interface DueCampaignNotice {
  event: CampaignNoticeEvent;
  /** The day it is for (start date, reminder day, target date): its key. */
  day: string;
  /** For a reminder: 14 or 3. */
  reminderDays?: number;
}

/**
 * What is due for a campaign on `today` (`YYYY-MM-DD`, UTC), whether or not
 * it was already done:
 *
 * - `start`: active, started (start date ≤ today) and not past its target
 *   date — however late the task first sees it;
 * - `reminder`: active, started, 1 to 14 days left: the most recent
 *   reminder day (14 or 3 days before the target date) on or before today,
 *   so a day the task did not run is made up for once, and only the latest;
 *   none whose day is before the start date (the start says it all);
 * - `end`: completed, or active and past its target date.
 *
 * Drafts and archived campaigns owe nothing.
 */
export function dueCampaignNotices(
  campaign: Pick<Campaign, 'state' | 'startDate' | 'targetDate'>,
  today: string,
): DueCampaignNotice[] {
  const { state, startDate, targetDate } = campaign;
  if (state === 'completed') return [{ event: 'end', day: targetDate }];
  if (state !== 'active' || startDate > today) return [];
  if (targetDate < today) return [{ event: 'end', day: targetDate }];
  const due: DueCampaignNotice[] = [{ event: 'start', day: startDate }];
  const daysLeft = daysBetween(today, targetDate);
  const reminder = daysLeft >= 1 ? latestReminder(daysLeft) : undefined;
  if (reminder !== undefined) {
    const day = addDays(targetDate, -reminder);
    if (day >= startDate)
      due.push({ event: 'reminder', day, reminderDays: reminder });
  }
  return due;
}

/** The reminder whose day was the latest with `daysLeft` days left. */
function latestReminder(daysLeft: number): number | undefined {
  return [...REMINDER_DAYS]
    .sort((a, b) => a - b)
    .find(days => days >= daysLeft);
}
