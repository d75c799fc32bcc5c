import { dueCampaignNotices } from './dueCampaignNotices';

const campaign = {
  state: 'active' as const,
  startDate: '2027-01-10',
  targetDate: '2027-03-31',
};

describe('dueCampaignNotices', () => {
  it.each([
    ['before the start', '2027-01-09', []],
    ['on the start date', '2027-01-10', [['start', '2027-01-10']]],
    ['long after the start', '2027-02-01', [['start', '2027-01-10']]],
    ['15 days left', '2027-03-16', [['start', '2027-01-10']]],
    [
      '14 days left',
      '2027-03-17',
      [
        ['start', '2027-01-10'],
        ['reminder', '2027-03-17', 14],
      ],
    ],
    [
      '4 days left: still the 14-day reminder',
      '2027-03-27',
      [
        ['start', '2027-01-10'],
        ['reminder', '2027-03-17', 14],
      ],
    ],
    [
      '3 days left',
      '2027-03-28',
      [
        ['start', '2027-01-10'],
        ['reminder', '2027-03-28', 3],
      ],
    ],
    [
      '1 day left: the 3-day reminder, not the 14-day one',
      '2027-03-30',
      [
        ['start', '2027-01-10'],
        ['reminder', '2027-03-28', 3],
      ],
    ],
    ['the target date', '2027-03-31', [['start', '2027-01-10']]],
    ['past the target date', '2027-04-01', [['end', '2027-03-31']]],
  ])('%s', (_what, today, expected) => {
    expect(
      dueCampaignNotices(campaign, today).map(d =>
        d.reminderDays ? [d.event, d.day, d.reminderDays] : [d.event, d.day],
      ),
    ).toEqual(expected);
  });

  it('owes drafts and archived campaigns nothing, a completed one its end', () => {
    expect(
      dueCampaignNotices({ ...campaign, state: 'draft' }, '2027-03-28'),
    ).toEqual([]);
    expect(
      dueCampaignNotices({ ...campaign, state: 'archived' }, '2027-04-02'),
    ).toEqual([]);
    expect(
      dueCampaignNotices({ ...campaign, state: 'completed' }, '2027-02-01'),
    ).toEqual([{ event: 'end', day: '2027-03-31' }]);
  });

  it('sends no reminder whose day is before the start date', () => {
    const short = { ...campaign, startDate: '2027-03-20' };
    expect(dueCampaignNotices(short, '2027-03-21').map(d => d.event)).toEqual([
      'start',
    ]);
    expect(dueCampaignNotices(short, '2027-03-28').map(d => d.event)).toEqual([
      'start',
      'reminder',
    ]);
  });
});
