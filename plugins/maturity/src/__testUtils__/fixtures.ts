import type {
  EntityListItem,
  EntityScorecard,
  GroupRollup,
  LevelAggregate,
  MaturityModel,
  ModelList,
  ScorecardCheck,
  ScorecardDomain,
} from '../api/types';

export const levels = [
  { level: 1, title: 'Initial' },
  { level: 2, title: 'Foundation' },
  { level: 3, title: 'Comprehensive' },
  { level: 4, title: 'Excellent' },
  { level: 5, title: 'Outstanding' },
];

const counts = {
  passed: 0,
  failed: 0,
  unknown: 0,
  waived: 0,
  error: 0,
  notApplicable: 0,
};

function check(
  partial: Partial<ScorecardCheck> & Pick<ScorecardCheck, 'checkId'>,
): ScorecardCheck {
  return {
    title: `Title of ${partial.checkId}`,
    level: 1,
    status: 'passed',
    message: 'ok',
    source: 'catalog',
    remediation: { markdown: `Fix ${partial.checkId}` },
    ...partial,
  };
}

const cdDomain: ScorecardDomain = {
  domainId: 'continuous-delivery',
  title: 'Continuous Delivery',
  part: 'Continuous Delivery',
  applicable: true,
  level: 2,
  score: 0.6,
  counts: { ...counts, passed: 3, failed: 1 },
  nextLevel: { level: 3, checkIds: ['cd-deploy-frequency'] },
  capabilities: [
    {
      capabilityId: 'cd-pipeline',
      title: 'Deployment pipeline',
      checks: [
        check({ checkId: 'cd-ci', title: 'CI runs on every change' }),
        check({
          checkId: 'cd-deploy-frequency',
          title: 'Deploys at least weekly',
          level: 3,
          status: 'failed',
          value: 0.5,
          message: 'deploymentsPerWeek is 0.5, needs ≥ 1',
          source: 'techInsights',
          remediation: {
            markdown: 'Ship **smaller** changes more often.',
            links: [
              { title: 'Delivery guide', url: 'https://docs.example.com/cd' },
            ],
          },
          reference: 'YD/T 3763.3 Continuous deployment L3',
        }),
      ],
    },
  ],
};

const peDomain: ScorecardDomain = {
  domainId: 'platform-engineering',
  title: 'Platform Engineering',
  part: 'Platform Engineering',
  applicable: true,
  level: 1,
  score: 0.5,
  counts: { ...counts, passed: 2, failed: 1, unknown: 1 },
  nextLevel: { level: 2, checkIds: ['pe-part-of-system', 'pe-golden-path'] },
  capabilities: [
    {
      capabilityId: 'pe-service-catalog',
      title: 'Service catalog and developer portal',
      checks: [
        check({
          checkId: 'pe-catalog-entry',
          title: 'The component is in the catalog with an owner',
          value: 'group:default/payments',
          message: 'spec.owner is group:default/payments',
        }),
        check({
          checkId: 'pe-part-of-system',
          title: 'The component belongs to an existing system',
          level: 2,
          status: 'failed',
          message: 'no partOf relation to a system',
          source: 'relations',
          remediation: {
            markdown: 'Set `spec.system` to a System entity.',
          },
        }),
        check({
          checkId: 'pe-golden-path',
          title: 'Created from a golden path template',
          level: 2,
          status: 'unknown',
          message: 'no evidence yet',
          source: 'attestation',
          attestation: {
            evidence: 'Link to the template run',
            validForDays: 180,
          },
        }),
      ],
    },
  ],
};

const sreDomain: ScorecardDomain = {
  domainId: 'sre',
  title: 'Site Reliability Engineering',
  part: 'SRE',
  applicable: true,
  level: 1,
  score: 0.5,
  counts: { ...counts, passed: 1, waived: 1, failed: 1 },
  nextLevel: { level: 2, checkIds: ['sre-slo'] },
  capabilities: [
    {
      capabilityId: 'sre-observability',
      title: 'Observability',
      checks: [
        check({ checkId: 'sre-oncall', title: 'An on-call rotation exists' }),
        check({
          checkId: 'sre-runbook',
          title: 'A runbook is linked',
          status: 'waived',
          message: 'waived: internal batch job',
        }),
        check({
          checkId: 'sre-slo',
          title: 'SLOs are defined',
          level: 2,
          status: 'failed',
          message: 'no SLO annotation',
        }),
      ],
    },
  ],
};

const agileDomain: ScorecardDomain = {
  domainId: 'agile',
  title: 'Agile Development Management',
  applicable: false,
  level: null,
  score: 0,
  counts: { ...counts, notApplicable: 1 },
  capabilities: [
    {
      capabilityId: 'agile-requirements',
      title: 'Requirements',
      checks: [
        check({
          checkId: 'agile-backlog',
          title: 'Work is planned from a backlog',
          level: 2,
          status: 'not-applicable',
          message: 'does not apply',
          source: 'none',
        }),
      ],
    },
  ],
};

export const scorecard: EntityScorecard = {
  entityRef: 'component:default/quickpay-gateway',
  modelId: 'caict-devops',
  modelTitle: 'CAICT DevOps Capability Maturity Model',
  levels,
  level: 1,
  score: 0.55,
  evaluatedAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-04-30T10:00:00.000Z',
  ownerRef: 'group:default/payments',
  domains: [cdDomain, peDomain, sreDomain, agileDomain],
};

export const modelList: ModelList = {
  defaultModelId: 'caict-devops',
  items: [
    {
      id: 'caict-devops',
      title: 'CAICT DevOps Capability Maturity Model',
      version: '1.0.0',
      levels,
      domains: [
        {
          id: 'continuous-delivery',
          title: 'Continuous Delivery',
          capabilityCount: 1,
          checkCount: 2,
        },
        {
          id: 'platform-engineering',
          title: 'Platform Engineering',
          capabilityCount: 1,
          checkCount: 3,
        },
        {
          id: 'sre',
          title: 'Site Reliability Engineering',
          capabilityCount: 1,
          checkCount: 3,
        },
      ],
    },
    {
      id: 'lite',
      title: 'Lite model',
      version: '0.1.0',
      levels,
      domains: [
        {
          id: 'sre',
          title: 'Site Reliability Engineering',
          capabilityCount: 1,
          checkCount: 1,
        },
      ],
    },
  ],
};

export const model: MaturityModel = {
  id: 'caict-devops',
  title: 'CAICT DevOps Capability Maturity Model',
  version: '1.0.0',
  description: 'Twelve parts graded on five levels.',
  levels,
  domains: [
    {
      id: 'platform-engineering',
      title: 'Platform Engineering',
      part: 'Platform Engineering',
      description: 'The platform as a product.',
      capabilities: [
        {
          id: 'pe-service-catalog',
          title: 'Service catalog',
          checks: [
            {
              id: 'pe-catalog-entry',
              title: 'The component is in the catalog',
              level: 1,
              rule: { fact: 'entity.spec.owner', operator: 'exists' },
              remediation: { markdown: 'Register `catalog-info.yaml`.' },
              reference:
                'CAICT DevOps CMM — Platform Engineering › Developer portal, L1',
            },
            {
              id: 'pe-golden-path',
              title: 'Created from a golden path',
              level: 3,
              attestation: { evidence: 'Template run', validForDays: 180 },
              remediation: {
                markdown: 'Use a template.',
                links: [
                  { title: 'Templates', url: 'https://docs.example.com/t' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'sre',
      title: 'Site Reliability Engineering',
      capabilities: [
        {
          id: 'sre-observability',
          title: 'Observability',
          checks: [
            {
              id: 'sre-slo',
              title: 'SLOs are defined',
              level: 2,
              rule: {
                fact: "entity.metadata.annotations['slo']",
                operator: 'exists',
              },
              remediation: { markdown: 'Define SLOs.' },
              reference: 'YD/T 3763.6 SRE L2',
            },
          ],
        },
      ],
    },
  ],
};

function entity(
  name: string,
  ownerRef: string,
  level: number | null,
  domains: EntityListItem['domains'],
  score = 0.5,
): EntityListItem {
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    namespace: 'default',
    name,
    title: name === 'quickpay-gateway' ? 'QuickPay Gateway' : undefined,
    specType: 'service',
    lifecycle: 'production',
    ownerRef,
    modelId: 'caict-devops',
    level,
    score,
    evaluatedAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    domains,
  };
}

export const entities: EntityListItem[] = [
  entity('quickpay-gateway', 'group:default/payments', 1, {
    'continuous-delivery': { level: 2, score: 0.6 },
    'platform-engineering': { level: 1, score: 0.5 },
    sre: { level: 1, score: 0.5 },
  }),
  entity(
    'ledger',
    'group:default/payments-core',
    3,
    {
      'continuous-delivery': { level: 3, score: 0.8 },
      'platform-engineering': { level: 4, score: 0.9 },
      sre: { level: 3, score: 0.7 },
    },
    0.8,
  ),
  entity(
    'fx-rates',
    'group:default/payments-core',
    0,
    {
      'continuous-delivery': { level: 0, score: 0.1 },
      'platform-engineering': { level: 2, score: 0.4 },
      sre: { level: null, score: 0 },
    },
    0.2,
  ),
];

export function aggregate(
  averageLevel: number | null,
  entityCount: number,
  distribution: Record<string, number> = {},
): LevelAggregate {
  return {
    entityCount,
    averageLevel,
    averageScore: averageLevel === null ? null : averageLevel / 5,
    distribution: {
      '0': 0,
      '1': 0,
      '2': 0,
      '3': 0,
      '4': 0,
      '5': 0,
      ...distribution,
    },
  };
}

export const groupRollup: GroupRollup = {
  groupRef: 'group:default/payments',
  title: 'Payments',
  modelId: 'caict-devops',
  entityCount: 3,
  overall: aggregate(1.3, 3, { '0': 1, '1': 1, '3': 1 }),
  domains: {
    'continuous-delivery': aggregate(1.7, 3),
    'platform-engineering': aggregate(2.3, 3),
    sre: aggregate(2, 2),
  },
  children: [
    {
      groupRef: 'group:default/payments-core',
      title: 'Payments Core',
      parentRef: 'group:default/payments',
      entityCount: 2,
      overall: aggregate(1.5, 2),
      domains: {
        'continuous-delivery': aggregate(1.5, 2),
        'platform-engineering': aggregate(3, 2),
        sre: aggregate(3, 1),
      },
    },
  ],
  weakestEntities: [],
};
