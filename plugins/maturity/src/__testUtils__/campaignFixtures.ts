import type {
  Campaign,
  CampaignProgress,
  CampaignSummary,
  EntityCampaign,
} from '../api/campaignTypes';

/** An active API campaign: SRE L3 and Overall L2 for payments by 31 Mar 2027. */
export const campaign: Campaign = {
  id: 'sre-l3-2027',
  title: 'SRE L3 for payments',
  description: 'Reach **SRE level 3** before the audit.',
  owner: 'group:default/platform',
  modelId: 'caict-devops',
  targets: [
    { domain: 'sre', level: 3 },
    { domain: 'overall', level: 2 },
  ],
  scope: {
    groups: ['group:default/payments'],
    filter: { $all: [{ kind: { $in: ['component'] } }] },
  },
  startDate: '2026-12-01',
  targetDate: '2027-03-31',
  state: 'active',
  source: 'api',
  createdBy: 'user:default/alice',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

/** A read-only campaign from the app config. */
export const configCampaign: Campaign = {
  ...campaign,
  id: 'cd-l2',
  title: 'CD L2 everywhere',
  description: undefined,
  targets: [{ domain: 'continuous-delivery', level: 2 }],
  scope: {},
  source: 'config',
};

/** The list items of the campaigns above. */
export const campaignSummaries: CampaignSummary[] = [
  {
    ...campaign,
    progress: {
      inScope: 8,
      meeting: 3,
      ratio: 0.375,
      daysLeft: 115,
      atRisk: true,
      projectedDate: '2027-05-02',
    },
  },
  {
    ...configCampaign,
    progress: {
      inScope: 4,
      meeting: 4,
      ratio: 1,
      daysLeft: -3,
      atRisk: false,
    },
  },
];

/** The progress of {@link campaign}. */
export const campaignProgress: CampaignProgress = {
  campaign,
  generatedAt: '2026-12-06T10:00:00.000Z',
  inScope: 3,
  meeting: 1,
  ratio: 1 / 3,
  daysLeft: 115,
  projectedDate: '2027-05-02',
  atRisk: true,
  teams: [
    {
      groupRef: 'group:default/payments',
      title: 'Payments',
      depth: 0,
      inScope: 3,
      meeting: 1,
      ratio: 1 / 3,
      lag: 2,
    },
    {
      groupRef: 'group:default/payments-core',
      title: 'Payments Core',
      parentRef: 'group:default/payments',
      depth: 1,
      inScope: 1,
      meeting: 1,
      ratio: 1,
      lag: 0,
    },
    {
      groupRef: 'group:default/payments-api',
      title: 'Payments API',
      parentRef: 'group:default/payments',
      depth: 1,
      inScope: 2,
      meeting: 0,
      ratio: 0,
      lag: 2,
    },
  ],
  entities: [
    {
      entityRef: 'component:default/quickpay-gateway',
      title: 'QuickPay Gateway',
      kind: 'Component',
      owner: 'group:default/payments-api',
      meets: false,
      targets: [
        { domain: 'sre', target: 3, level: 1, meets: false },
        { domain: 'overall', target: 2, level: 1, meets: false },
      ],
      remainingChecks: [
        {
          checkId: 'sre-slo',
          title: 'SLOs are defined',
          domain: 'sre',
          level: 2,
          status: 'failed',
        },
        {
          checkId: 'sre-oncall',
          title: 'On-call rota',
          domain: 'sre',
          level: 3,
          status: 'unknown',
        },
      ],
    },
    {
      entityRef: 'component:default/ledger',
      title: 'Ledger',
      kind: 'Component',
      owner: 'group:default/payments-core',
      meets: true,
      targets: [
        { domain: 'sre', target: 3, level: 3, meets: true },
        { domain: 'overall', target: 2, level: 2, meets: true },
      ],
      remainingChecks: [],
    },
  ],
  entityTotal: 2,
  entityOffset: 0,
  entityLimit: 25,
  burnup: [
    { date: '2026-12-01', meeting: 0, inScope: 3, ideal: 0 },
    { date: '2026-12-02', meeting: 1, inScope: 3, ideal: 0.03 },
  ],
  warnings: [],
};

/** The entity's view of {@link campaign}: two checks left. */
export const entityCampaign: EntityCampaign = {
  campaign: { ...campaign, targets: [{ domain: 'sre', level: 3 }] },
  meets: false,
  targets: [{ domain: 'sre', target: 3, level: 1, meets: false }],
  remainingChecks: campaignProgress.entities[0].remainingChecks,
  daysLeft: 115,
};
