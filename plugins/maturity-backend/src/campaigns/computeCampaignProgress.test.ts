import type { Campaign } from '@devops-maturity/plugin-maturity-common';
import type { CampaignScopeEntity } from '../store/campaigns/readCampaignScope';
import { computeCampaignProgress } from './computeCampaignProgress';

const campaign: Campaign = {
  id: 'c',
  title: 'C',
  owner: 'group:default/dept',
  modelId: 'm',
  targets: [{ domain: 'overall', level: 2 }],
  scope: { groups: ['group:default/dept', 'group:default/ghost'] },
  startDate: '2026-01-01',
  targetDate: '2026-03-01',
  state: 'active',
  source: 'api',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const entity = (
  name: string,
  level: number,
  teams: string[],
): CampaignScopeEntity => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  levels: { overall: level },
  meets: level >= 2,
  remainingCheckCount: 0,
  history: { overall: [] },
  teams,
});

describe('computeCampaignProgress', () => {
  it('counts teams with entities (and the scope roots), by lag; at risk without progress', () => {
    const { head: progress } = computeCampaignProgress({
      campaign,
      data: {
        entities: [
          entity('a', 1, ['group:default/dept', 'group:default/t1']),
          entity('b', 1, ['group:default/dept', 'group:default/t1']),
          entity('c', 2, ['group:default/dept', 'group:default/t2']),
        ],
        teams: [
          { groupRef: 'group:default/dept', depth: 0 },
          {
            groupRef: 'group:default/empty',
            parentRef: 'group:default/dept',
            depth: 1,
          },
          { groupRef: 'group:default/t1', depth: 1 },
          { groupRef: 'group:default/t2', depth: 1 },
        ],
        unknownGroups: ['group:default/ghost'],
      },
      titleOf: () => undefined,
      readChecks: async () => new Map(),
      now: new Date('2026-01-31T12:00:00Z'),
    });
    expect(progress.teams.map(t => [t.groupRef, t.lag, t.ratio])).toEqual([
      ['group:default/dept', 2, 0.3333],
      ['group:default/t1', 2, 0],
      ['group:default/t2', 0, 1],
    ]);
    expect(progress).toMatchObject({
      inScope: 3,
      meeting: 1,
      daysLeft: 29,
      atRisk: true,
      warnings: [
        'scope.groups[1]: no group "group:default/ghost" is known yet',
      ],
    });
    expect(progress).not.toHaveProperty('projectedDate');
    expect(progress.burnup).toHaveLength(31);
  });
});
