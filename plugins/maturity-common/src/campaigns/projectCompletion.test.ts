import type { CampaignBurnupPoint } from './types';
import { isCampaignAtRisk, projectCompletion } from './projectCompletion';
import { addDays, daysBetween } from './days';

const series = (meeting: number[], inScope = 10): CampaignBurnupPoint[] =>
  meeting.map((m, i) => ({
    date: addDays('2026-03-01', i),
    meeting: m,
    inScope,
    ideal: 0,
  }));

describe('projectCompletion', () => {
  it('projects from the slope of the last 14 days', () => {
    // 30 flat days, then +1 every other day over the last 14
    const meeting = [
      ...new Array(16).fill(0),
      ...Array.from({ length: 14 }, (_, i) => Math.ceil((i + 1) / 2)),
    ];
    const points = series(meeting);
    const last = points[points.length - 1];
    expect(last.meeting).toBe(7);
    // 7 entities in 14 days: the last 3 take 6 more days
    expect(daysBetween(last.date, projectCompletion(points)!)).toBe(6);
  });

  it('is undefined without progress and the day all met once done', () => {
    expect(projectCompletion(series([3, 3, 3]))).toBeUndefined();
    expect(projectCompletion(series([5, 4, 3]))).toBeUndefined();
    expect(projectCompletion(series([0], 0))).toBeUndefined();
    expect(projectCompletion([])).toBeUndefined();
    expect(projectCompletion(series([8, 10, 10]))).toBe('2026-03-02');
  });
});

describe('isCampaignAtRisk', () => {
  const base = { targetDate: '2026-06-01', inScope: 10, meeting: 4 };
  it('is at risk when the projection falls after the target date', () => {
    expect(
      isCampaignAtRisk({
        ...base,
        state: 'active',
        projectedDate: '2026-06-02',
      }),
    ).toBe(true);
    expect(
      isCampaignAtRisk({
        ...base,
        state: 'active',
        projectedDate: '2026-06-01',
      }),
    ).toBe(false);
  });
  it('is at risk without progress only while active and not done', () => {
    expect(isCampaignAtRisk({ ...base, state: 'active' })).toBe(true);
    expect(isCampaignAtRisk({ ...base, state: 'draft' })).toBe(false);
    expect(isCampaignAtRisk({ ...base, state: 'completed' })).toBe(false);
    expect(isCampaignAtRisk({ ...base, state: 'active', meeting: 10 })).toBe(
      false,
    );
  });
});
