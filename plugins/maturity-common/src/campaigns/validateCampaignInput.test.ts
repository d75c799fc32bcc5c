import {
  formatCampaignProblems,
  validateCampaignInput,
} from './validateCampaignInput';

const models = [
  { id: 'caict-devops', domains: [{ id: 'sre' }, { id: 'delivery' }] },
];

const valid = {
  title: 'SRE L3 by spring',
  owner: 'group:default/payments',
  modelId: 'caict-devops',
  targets: [{ domain: 'sre', level: 3 }],
  scope: {
    groups: ['group:default/payments'],
    filter: { kind: 'Component', 'spec.type': 'service' },
  },
  startDate: '2026-11-01',
  targetDate: '2027-03-01',
};

const paths = (input: unknown, update = false) =>
  validateCampaignInput(input, models, { update }).map(
    p => `${p.path}: ${p.message}`,
  );

describe('validateCampaignInput', () => {
  it('accepts a valid campaign, with overall and several domains', () => {
    expect(paths(valid)).toEqual([]);
    expect(
      paths({
        ...valid,
        id: 'sre-l3',
        description: '# Why',
        state: 'draft',
        owner: 'user:alice',
        scope: { groups: ['payments', 'group:default/cards'] },
        targets: [
          { domain: 'overall', level: 2 },
          { domain: 'delivery', level: 5 },
        ],
      }),
    ).toEqual([]);
    expect(paths({ ...valid, scope: {} })).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(
      paths({
        ...valid,
        targets: [
          { domain: 'sre', level: 3 },
          { domain: 'nope', level: 6 },
          { domain: 'sre', level: 2 },
        ],
        targetDate: '2026-10-01',
      }),
    ).toEqual([
      'targets[1].domain: unknown domain "nope" of model "caict-devops"',
      'targets[1].level: must be 1..5',
      'targets[2].domain: domain "sre" is targeted twice',
      'targetDate: must be after startDate (2026-11-01)',
    ]);
    expect(paths({ ...valid, modelId: 'x' })).toEqual([
      'modelId: unknown model "x"',
    ]);
    expect(paths({ ...valid, targetDate: valid.startDate })).toEqual([
      'targetDate: must be after startDate (2026-11-01)',
    ]);
  });

  it('rejects malformed fields', () => {
    expect(
      paths({
        ...valid,
        id: 'Bad Id',
        title: ' ',
        owner: 'component:default/x',
        targets: [],
        scope: { groups: ['user:default/a'], filter: { $nope: 1 }, x: 1 },
        startDate: '2026-02-30',
        targetDate: 'tomorrow',
        state: 'completed',
        extra: true,
      }),
    ).toEqual([
      'extra: unknown field',
      'id: must match [a-z0-9][a-z0-9-]{0,62}',
      'title: must not be blank',
      'owner: must be a group or user entity ref, got "component:default/x"',
      'targets: must list at least one target',
      'scope.x: unknown field (expected groups or filter)',
      'scope.groups[0]: must be a group entity ref, got "user:default/a"',
      expect.stringMatching(
        /^scope\.filter\.\$nope: unknown predicate operator/,
      ),
      'startDate: must be a date YYYY-MM-DD',
      'targetDate: must be a date YYYY-MM-DD',
      'state: must be one of draft, active',
    ]);
    expect(paths(null)).toEqual([': a campaign must be an object']);
    expect(
      paths({ ...valid, targets: [{ domain: 'sre', level: 2.5 }] }),
    ).toEqual(['targets[0].level: must be 1..5']);
  });

  it('bounds the scope groups and the description', () => {
    const groups = Array.from({ length: 101 }, (_, i) => `group:default/g${i}`);
    expect(
      paths({ ...valid, scope: { groups }, description: 'x'.repeat(20_001) }),
    ).toEqual([
      'description: must be Markdown text of at most 20000 characters',
      'scope.groups: must list at most 100 groups',
    ]);
  });

  it('lets an update complete a campaign and ignores its id', () => {
    expect(paths({ ...valid, state: 'completed', id: 'X X' }, true)).toEqual(
      [],
    );
    expect(paths({ ...valid, state: 'archived' }, true)).toEqual([
      'state: must be one of draft, active, completed',
    ]);
  });

  it('formats problems with a prefix', () => {
    const problems = validateCampaignInput({ ...valid, modelId: 'x' }, models);
    expect(formatCampaignProblems(problems, 'maturity.campaigns[2]')).toBe(
      'maturity.campaigns[2].modelId: unknown model "x"',
    );
  });
});
