// Hostile URLs on purpose: they must never become links.
/* eslint-disable no-script-url */
import type { MaturityReport, SavedReport } from '../api/reportTypes';
import { levels } from './fixtures';

const SYSTEM = 'system:default/online-payment';
const GATEWAY = 'component:default/quickpay-gateway';

/** A report of a system with one part, over two domains. */
export function systemReport(
  overrides: Partial<MaturityReport> = {},
): MaturityReport {
  return {
    schemaVersion: 1,
    cover: {
      scope: {
        kind: 'system',
        entityRef: SYSTEM,
        title: 'Online Payment Platform',
        entityCount: 2,
      },
      model: {
        id: 'caict-devops',
        title: 'CAICT DevOps Capability Maturity Model',
        version: '1.0.0',
      },
      language: 'en',
      generatedAt: '2026-12-01T09:30:00.000Z',
      generatedBy: 'user:default/auditor',
    },
    summary: {
      level: 2,
      score: 0.61,
      domains: [
        {
          domainId: 'continuous-delivery',
          title: 'Continuous Delivery',
          part: 'YD/T 3763.3',
          level: 3,
          score: 0.8,
          entityCount: 2,
        },
        {
          domainId: 'sre',
          title: 'Site Reliability Engineering',
          part: 'YD/T 3763.6',
          level: 2,
          score: 0.42,
          entityCount: 2,
        },
      ],
    },
    entities: [
      { entityRef: SYSTEM, kind: 'System', level: 2, score: 0.6 },
      {
        entityRef: GATEWAY,
        kind: 'Component',
        title: 'QuickPay Gateway',
        level: 2,
        score: 0.62,
      },
    ],
    domains: [
      {
        domainId: 'continuous-delivery',
        title: 'Continuous Delivery',
        part: 'YD/T 3763.3',
        level: 3,
        score: 0.8,
        entityCount: 2,
        weakestEntityRefs: [SYSTEM],
        history: [
          { at: '2026-10-31T23:59:59.999Z', level: 2 },
          { at: '2026-11-30T23:59:59.999Z', level: 3 },
          { at: '2026-12-01T09:30:00.000Z', level: 3 },
        ],
        nextLevel: {
          level: 4,
          checks: [
            {
              checkId: 'cd-canary',
              title: 'Canary releases',
              entityRefs: [GATEWAY],
            },
          ],
        },
        capabilities: [
          {
            capabilityId: 'cd-pipeline',
            title: 'Deployment pipeline',
            checks: [
              {
                checkId: 'cd-runbook',
                title: 'Release runbook',
                level: 2,
                verification: 'rule',
                facts: [],
                counts: { passed: 1, failed: 1 },
                results: [
                  {
                    entityRef: GATEWAY,
                    status: 'passed',
                    value: '<script>alert(1)</script>',
                    message: 'ok',
                    source: 'catalog',
                    evidence: {
                      annotations: [
                        {
                          key: 'maturity/runbook',
                          value: '<script>alert(1)</script>',
                        },
                      ],
                      links: [
                        {
                          url: 'https://wiki.example.com/runbook',
                          title: 'Runbook',
                        },
                        { url: 'javascript:alert(2)', title: 'Bad link' },
                      ],
                    },
                  },
                  {
                    entityRef: SYSTEM,
                    status: 'failed',
                    message: 'no annotation',
                    source: 'catalog',
                    evidence: {
                      annotations: [{ key: 'maturity/runbook' }],
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        domainId: 'sre',
        title: 'Site Reliability Engineering',
        part: 'YD/T 3763.6',
        level: 2,
        score: 0.42,
        entityCount: 2,
        weakestEntityRefs: [GATEWAY],
        history: [{ at: '2026-12-01T09:30:00.000Z', level: 2 }],
        capabilities: [
          {
            capabilityId: 'sre-dr',
            title: 'Disaster recovery',
            checks: [
              {
                checkId: 'sre-dr-drill',
                title: 'Disaster recovery drill',
                level: 2,
                verification: 'attestation',
                facts: ['slo'],
                counts: { passed: 1, waived: 1 },
                results: [
                  {
                    entityRef: GATEWAY,
                    status: 'passed',
                    message: 'attested',
                    source: 'attestation',
                    evidence: {
                      facts: [
                        {
                          fact: 'slo',
                          value: 99.9,
                          recordedAt: '2026-11-30T08:00:00.000Z',
                        },
                      ],
                      attestation: {
                        evidenceUrl: 'https://wiki.example.com/dr-drill-2026',
                        author: 'user:default/sre-lead',
                        attestedAt: '2026-11-02T10:00:00.000Z',
                        expiresAt: '2027-11-02T10:00:00.000Z',
                        comment: 'Annual drill',
                      },
                    },
                  },
                  {
                    entityRef: SYSTEM,
                    status: 'waived',
                    message: 'waived',
                    source: 'attestation',
                    evidence: {
                      attestation: {
                        evidenceUrl: 'javascript:alert(3)',
                        author: 'user:default/mallory',
                        attestedAt: '2026-11-02T10:00:00.000Z',
                        expiresAt: '2027-11-02T10:00:00.000Z',
                      },
                      waiver: {
                        justification: 'Legacy mainframe, replaced in Q2',
                        approver: 'user:default/cto',
                        expiresAt: '2027-06-30T00:00:00.000Z',
                      },
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    appendix: {
      levels: levels.map(l => ({ ...l, description: `${l.title} practices` })),
      notes: ['Levels are the weakest entity of the scope.'],
    },
    ...overrides,
  };
}

/** A saved report of the system. */
export const savedReport: SavedReport = {
  id: 'r-1',
  scopeRef: SYSTEM,
  scopeKind: 'system',
  modelId: 'caict-devops',
  modelVersion: '1.0.0',
  language: 'en',
  createdBy: 'user:default/auditor',
  createdAt: '2026-12-01T09:31:00.000Z',
  sha256: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
  size: 20480,
};
