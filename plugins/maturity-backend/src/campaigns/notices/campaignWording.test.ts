import { entitiesNoun, entityList, formatDay } from './campaignWording';
import {
  reminderNotification,
  startNotification,
} from './campaignNotifications';
import type {
  Campaign,
  CampaignEntityProgress,
} from '@devops-maturity/plugin-maturity-common';

const campaign = {
  id: 'sre l3',
  title: 'SRE L3',
  owner: 'group:default/dept',
  targetDate: '2027-03-31',
  startDate: '2027-01-01',
} as Campaign;

const entity = (
  name: string,
  kind = 'Component',
  meets = false,
): CampaignEntityProgress => ({
  entityRef: `${kind.toLowerCase()}:default/${name}`,
  kind,
  meets,
  targets: [],
  remainingChecks: [],
});

describe('campaign wording', () => {
  it('formats days, kinds and lists', () => {
    expect(formatDay('2027-03-31')).toBe('31 Mar 2027');
    expect(formatDay('2026-01-05')).toBe('5 Jan 2026');
    expect(entitiesNoun([entity('a'), entity('b')])).toBe('components');
    expect(entitiesNoun([entity('a')])).toBe('component');
    expect(entitiesNoun([entity('a'), entity('b', 'API')])).toBe('entities');
    expect(
      entitiesNoun([entity('a', 'Resource'), entity('b', 'Resource')]),
    ).toBe('resources');
    expect(
      entityList(
        ['a', 'b', 'c', 'd'].map(n => entity(n)),
        2,
      ),
    ).toBe('a, b (+2 more)');
  });

  it('agrees with one entity, and links the campaign page', () => {
    const group = { recipient: 'group:default/t', entities: [entity('a')] };
    const reminder = reminderNotification(
      campaign,
      group,
      { targets: 'SRE L3' },
      { day: '2027-03-28', daysLeft: 1 },
    )!;
    expect(reminder.payload.title).toBe(
      'SRE L3 by 31 Mar 2027: 1 of your 1 component does not meet it yet — 1 day left',
    );
    expect(reminder.payload.link).toBe('/maturity/campaigns/sre%20l3');
    const start = startNotification(campaign, group, { targets: 'SRE L3' }, 89);
    expect(start.payload.description).toBe(
      'SRE L3 by 31 Mar 2027 for your 1 component in scope, 0 already there — 89 days left. a',
    );
  });
});
