import type { CampaignBurnupPoint, CampaignState } from './types';
import { addDays, daysBetween } from './days';

/**
 * Days of the burn-up whose slope projects the completion.
 *
 * @public
 */
export const PROJECTION_WINDOW_DAYS = 14;

/**
 * When every entity will meet the targets at the pace of the last 14 days
 * of the burn-up: the last point's date when all meet already; undefined
 * without progress in the window (or nothing in scope).
 *
 * @public
 */
export function projectCompletion(
  burnup: ReadonlyArray<CampaignBurnupPoint>,
): string | undefined {
  const last = burnup[burnup.length - 1];
  if (!last || last.inScope === 0) return undefined;
  if (last.meeting >= last.inScope) {
    const reached = burnup.find(p => p.meeting >= p.inScope) ?? last;
    return reached.date;
  }
  const first = burnup[Math.max(0, burnup.length - 1 - PROJECTION_WINDOW_DAYS)];
  const days = daysBetween(first.date, last.date);
  const slope = days > 0 ? (last.meeting - first.meeting) / days : 0;
  if (slope <= 0) return undefined;
  return addDays(last.date, Math.ceil((last.inScope - last.meeting) / slope));
}

/**
 * Whether a campaign is at risk: its projected completion falls after the
 * target date, or — while active — nothing projects a completion and not
 * every entity meets the targets.
 *
 * @public
 */
export function isCampaignAtRisk(options: {
  state: CampaignState;
  targetDate: string;
  projectedDate?: string;
  inScope: number;
  meeting: number;
}): boolean {
  const { state, targetDate, projectedDate, inScope, meeting } = options;
  if (state === 'archived' || state === 'completed') return false;
  if (projectedDate) return projectedDate > targetDate;
  return state === 'active' && meeting < inScope;
}
