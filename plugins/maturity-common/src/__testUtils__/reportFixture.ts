/* Test fixture: a system with two parts under a two-domain model. */
import type { ScorecardResults } from '../api/types';
import type { MaturityModel } from '../model/types';
import type { BuildReportInput } from '../report/input';

const counts = (passed: number, failed: number) => ({
  passed,
  failed,
  unknown: 0,
  waived: 0,
  error: 0,
  notApplicable: 0,
});

export const reportModel: MaturityModel = {
  id: 'm',
  title: 'Model',
  version: '1.2.0',
  levels: [1, 2, 3, 4, 5].map(level => ({
    level,
    title: `T${level}`,
    description: `Level ${level} means things`,
  })),
  domains: [
    {
      id: 'cd',
      title: 'Continuous delivery',
      part: 'YD/T 3763.3',
      capabilities: [
        {
          id: 'cd-build',
          title: 'Build',
          checks: [
            {
              id: 'owner',
              title: 'Has an owner',
              level: 1,
              remediation: { markdown: 'Fix it.' },
              rule: {
                fact: "entity.metadata.annotations['example.com/owner']",
                operator: 'exists',
              },
            },
            {
              id: 'deploys',
              title: 'Deploys daily',
              level: 2,
              remediation: { markdown: 'Fix it.' },
              rule: {
                fact: 'techInsights.dora.deploysPerDay',
                operator: 'gte',
                value: 1,
              },
            },
            {
              id: 'runbook',
              title: 'Runbook reviewed',
              level: 3,
              remediation: { markdown: 'Fix it.' },
              attestation: { evidence: 'Runbook', validForDays: 90 },
            },
          ],
        },
      ],
    },
    {
      id: 'sre',
      title: 'Reliability',
      capabilities: [
        {
          id: 'sre-oncall',
          title: 'On-call',
          checks: [
            {
              id: 'links',
              title: 'Has links',
              level: 1,
              remediation: { markdown: 'Fix it.' },
              rule: { fact: 'entity.metadata.links', operator: 'exists' },
            },
          ],
        },
      ],
    },
  ],
};

const results = (
  entityRef: string,
  cdLevel: number,
  checks: ScorecardResults['checks'],
): ScorecardResults => ({
  entityRef,
  modelId: 'm',
  modelVersion: '1.2.0',
  level: cdLevel,
  score: 0.5,
  evaluatedAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  domains: [
    {
      domainId: 'cd',
      level: cdLevel,
      score: cdLevel / 3,
      counts: counts(cdLevel, 3 - cdLevel),
    },
    { domainId: 'sre', level: 1, score: 1, counts: counts(1, 0) },
  ],
  checks,
});

export const reportInput = (): BuildReportInput => ({
  scope: { kind: 'system', entityRef: 'system:default/pay', title: 'Payments' },
  model: reportModel,
  language: 'en',
  generatedAt: new Date('2026-12-06T10:00:00Z'),
  generatedBy: 'user:default/ann',
  entities: [
    {
      entityRef: 'system:default/pay',
      kind: 'System',
      title: 'Payments',
      annotations: { 'example.com/owner': '<script>alert(1)</script>|x' },
      links: [{ url: 'https://runbooks.example.com/pay', title: 'Runbook' }],
      results: results('system:default/pay', 3, [
        {
          checkId: 'owner',
          status: 'passed',
          message: 'set',
          source: 'catalog',
          value: '<script>alert(1)</script>|x',
        },
        {
          checkId: 'deploys',
          status: 'passed',
          message: 'ok',
          source: 'techInsights',
          value: 3,
          updatedAt: '2026-11-20T00:00:00.000Z',
        },
        {
          checkId: 'runbook',
          status: 'passed',
          message: 'attested',
          source: 'attestation',
          value: { evidenceUrl: 'https://wiki.example.com/runbook-review' },
        },
        {
          checkId: 'links',
          status: 'passed',
          message: 'ok',
          source: 'catalog',
        },
      ]),
    },
    {
      entityRef: 'component:default/pay-api',
      kind: 'Component',
      results: results('component:default/pay-api', 1, [
        {
          checkId: 'owner',
          status: 'passed',
          message: 'set',
          source: 'catalog',
        },
        {
          checkId: 'deploys',
          status: 'failed',
          message: 'too few',
          source: 'techInsights',
          value: 0.2,
        },
        {
          checkId: 'runbook',
          status: 'waived',
          message: 'waived',
          source: 'attestation',
        },
        {
          checkId: 'links',
          status: 'passed',
          message: 'ok',
          source: 'catalog',
        },
      ]),
    },
    { entityRef: 'resource:default/pay-db', kind: 'Resource' },
  ],
  attestations: new Map([
    [
      'system:default/pay',
      {
        runbook: {
          evidenceUrl: 'https://wiki.example.com/runbook-review',
          author: 'user:default/bob',
          attestedAt: '2026-11-01T00:00:00.000Z',
          expiresAt: '2027-01-30T00:00:00.000Z',
        },
      },
    ],
  ]),
  waivers: new Map([
    [
      'component:default/pay-api',
      {
        runbook: {
          reason: 'Decommissioned in Q1',
          author: 'user:default/cto',
          expiresAt: '2027-03-31T00:00:00.000Z',
        },
      },
    ],
  ]),
  history: [
    {
      entityRef: 'system:default/pay',
      modelId: 'm',
      domainId: 'cd',
      level: 1,
      previousLevel: null,
      score: 0.3,
      recordedAt: '2026-01-10T00:00:00.000Z',
    },
    {
      entityRef: 'system:default/pay',
      modelId: 'm',
      domainId: 'cd',
      level: 3,
      previousLevel: 1,
      score: 1,
      recordedAt: '2026-09-10T00:00:00.000Z',
    },
    {
      entityRef: 'component:default/pay-api',
      modelId: 'm',
      domainId: 'cd',
      level: 2,
      previousLevel: null,
      score: 0.6,
      recordedAt: '2026-10-05T00:00:00.000Z',
    },
    {
      entityRef: 'component:default/pay-api',
      modelId: 'm',
      domainId: 'cd',
      level: 1,
      previousLevel: 2,
      score: 0.3,
      recordedAt: '2026-11-15T00:00:00.000Z',
    },
  ],
});
