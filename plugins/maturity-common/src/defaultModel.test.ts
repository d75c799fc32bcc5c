import fs from 'fs';
import path from 'path';
import type { Entity } from '@backstage/catalog-model';
import { parseModelYaml } from './model/parseModel';
import { parseFactReference } from './model/factReference';
import type { RuleNode } from './model/types';
import { compileModel } from './engine/compileModel';
import { evaluateEntity } from './engine/evaluateEntity';
import type { EntityEvidence } from './evidence/types';
import { daysAgo, NOW } from './__testUtils__/fixtures';

const MODEL_FILE = path.resolve(__dirname, '../models/caict-devops.yaml');
const CONTRACT_FILE = path.resolve(
  __dirname,
  '../../../docs/facts-contract.md',
);

const parsed = parseModelYaml(fs.readFileSync(MODEL_FILE, 'utf8'), {
  source: MODEL_FILE,
});
const model = parsed.model!;
const compiled = compileModel(model);
const checksOf = (domainId: string) =>
  model.domains
    .find(d => d.id === domainId)!
    .capabilities.flatMap(c => c.checks);
const allChecks = model.domains.flatMap(d =>
  d.capabilities.flatMap(c => c.checks),
);

function facts(rule: RuleNode | undefined): string[] {
  if (!rule) return [];
  if ('all' in rule) return rule.all.flatMap(facts);
  if ('any' in rule) return rule.any.flatMap(facts);
  if ('not' in rule) return facts(rule.not);
  return [rule.fact];
}

describe('the default caict-devops model', () => {
  it('is valid under the parser', () => {
    expect(parsed.problems).toEqual([]);
    expect(model.id).toBe('caict-devops');
    expect(model.levels.map(l => l.title)).toEqual([
      'Initial',
      'Foundation',
      'Comprehensive',
      'Excellent',
      'Outstanding',
    ]);
  });

  it('has the twelve CAICT domains', () => {
    expect(model.domains.map(d => d.id)).toEqual([
      'agile',
      'continuous-delivery',
      'technical-operations',
      'application-design',
      'devsecops',
      'system-tools',
      'business-value',
      'collaboration',
      'continuous-testing',
      'performance-measurement',
      'platform-engineering',
      'sre',
    ]);
  });

  it('follows the seven sub-domains of Continuous Delivery and of Technical Operations', () => {
    const capabilities = (id: string) =>
      model.domains.find(d => d.id === id)!.capabilities.map(c => c.title);
    expect(capabilities('continuous-delivery')).toEqual([
      'Configuration management',
      'Build and continuous integration',
      'Test management',
      'Deployment and release',
      'Environment management',
      'Data management',
      'Metrics and feedback',
    ]);
    expect(capabilities('technical-operations')).toEqual([
      'Monitoring',
      'Incident management',
      'Change and configuration management',
      'Capacity management',
      'Cost management',
      'Continuity and availability',
      'User experience',
    ]);
  });

  it('makes Platform Engineering and SRE the deepest: ≥ 12 checks over levels 1–4, mostly automated', () => {
    for (const id of ['platform-engineering', 'sre']) {
      const checks = checksOf(id);
      expect(checks.length).toBeGreaterThanOrEqual(12);
      expect(new Set(checks.map(c => c.level))).toEqual(new Set([1, 2, 3, 4]));
      expect(checks.filter(c => c.rule).length).toBeGreaterThanOrEqual(
        checks.length - 2,
      );
    }
    for (const domain of model.domains) {
      expect({
        domain: domain.id,
        enough: checksOf(domain.id).length >= 3,
      }).toEqual({ domain: domain.id, enough: true });
    }
  });

  it('gives every check a concrete remediation and a CAICT reference', () => {
    for (const check of allChecks) {
      expect({
        id: check.id,
        ok: check.remediation.markdown.length > 60,
      }).toEqual({ id: check.id, ok: true });
      expect(check.reference).toMatch(/^CAICT DevOps CMM — .+ › .+L[1-5]/);
    }
  });

  it('includes the seed bank metrics', () => {
    const byId = (id: string) => allChecks.find(c => c.id === id)!;
    expect(facts(byId('ops-core-configuration-data').rule)).toEqual([
      'relations.ownedBy.group',
      'relations.partOf.system',
      'entity.spec.lifecycle',
      'entity.metadata.description',
      "entity.metadata.annotations['backstage.io/source-location']",
    ]);
    expect(byId('ops-business-alert-detection').rule).toMatchObject({
      fact: 'techInsights.sloFactRetriever.alertDetectionRate',
      operator: 'gte',
      value: 90,
    });
    expect(byId('bv-lead-time-improved').rule).toEqual({
      fact: 'techInsights.doraFactRetriever.leadTimeHours',
      operator: 'trend',
      value: { days: 180, direction: 'decrease', minChangePercent: 40 },
      label: 'lead time (hours)',
    });
    expect(byId('cd-deploys-weekly')).toMatchObject({
      level: 2,
      rule: { operator: 'gte', value: 1 },
    });
    expect(byId('cd-deploys-daily')).toMatchObject({
      level: 3,
      rule: { operator: 'gte', value: 5 },
    });
    expect(byId('cd-ci-fix-within-hours')).toMatchObject({
      level: 3,
      rule: { operator: 'lte', value: 240 },
    });
    expect(byId('cd-ci-fix-within-30-minutes')).toMatchObject({
      level: 4,
      rule: { operator: 'lte', value: 30 },
    });
  });

  it('uses exactly the TechInsights fact names of the facts contract', () => {
    const contract = fs.readFileSync(CONTRACT_FILE, 'utf8');
    const published = new Set(
      [
        ...contract.matchAll(/^\|\s*(\w+FactRetriever)\s*\|\s*(\w+)\s*\|/gm),
      ].map(m => `${m[1]}.${m[2]}`),
    );
    expect(published.size).toBeGreaterThanOrEqual(30);
    const used = allChecks
      .flatMap(c => facts(c.rule))
      .filter(f => f.startsWith('techInsights.'));
    expect(used.length).toBeGreaterThan(40);
    for (const fact of used) {
      const ref = parseFactReference(fact) as {
        retrieverId: string;
        factName: string;
      };
      expect({
        fact,
        published: published.has(`${ref.retrieverId}.${ref.factName}`),
      }).toEqual({ fact, published: true });
    }
  });

  it('uses only the catalog annotations listed in CAICT-MODEL.md', () => {
    const allowed = new Set([
      'backstage.io/source-location',
      'github.com/project-slug',
      'backstage.io/techdocs-ref',
      'backstage.io/kubernetes-id',
      'pagerduty.com/service-id',
      'opsgenie.com/component-selector',
      'sonarqube.org/project-key',
      'snyk.io/org-name',
      'argocd/app-name',
      'jenkins.io/job-full-name',
      'grafana/dashboard-selector',
      'backstage.io/source-template',
    ]);
    const annotations = allChecks
      .flatMap(c => facts(c.rule))
      .map(f => /annotations\['(.+)'\]/.exec(f)?.[1])
      .filter(Boolean);
    expect(new Set(annotations)).toEqual(allowed);
  });

  describe('scoping with appliesTo', () => {
    const entity = (kind: string, type?: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
      spec: type ? { type } : {},
    });
    const applicable = (e: Entity) =>
      compiled.checks.filter(c => c.appliesTo(e)).map(c => c.check.id);

    it('gives groups no checks', () => {
      expect(applicable(entity('Group'))).toEqual([]);
      expect(
        evaluateEntity(compiled, { entity: entity('Group') }, { now: NOW })
          .score.level,
      ).toBeNull();
    });

    it('gives libraries only code-quality and security checks', () => {
      const ids = applicable(entity('Component', 'library'));
      const domains = new Set(ids.map(id => compiled.getCheck(id)!.domainId));
      expect(domains).toEqual(
        new Set([
          'continuous-delivery',
          'devsecops',
          'system-tools',
          'continuous-testing',
        ]),
      );
      for (const id of ids) {
        const check = compiled.getCheck(id)!.check;
        for (const fact of facts(check.rule)) {
          expect(fact).toMatch(
            /codeQualityFactRetriever|securityFactRetriever|ciFixTimeMinutes|source-location|project-slug|jenkins|sonarqube|snyk/,
          );
        }
      }
    });

    it('gives systems system-level checks: owner, description, DR attestation', () => {
      const ids = applicable(entity('System'));
      expect(ids).toEqual(
        expect.arrayContaining([
          'ops-owner-resolves',
          'ops-system-configuration-data',
          'ops-dr-plan',
        ]),
      );
      expect(
        ids.every(id => !compiled.getCheck(id)!.domainId.startsWith('sre')),
      ).toBe(true);
    });

    it('grades services on all five levels of every domain, and systems, APIs and resources on full ladders only', () => {
      const laddered = [
        'agile',
        'continuous-delivery',
        'technical-operations',
        'application-design',
        'devsecops',
        'system-tools',
        'business-value',
        'collaboration',
        'continuous-testing',
        'performance-measurement',
      ];
      const ladders = (e: Entity) => {
        const levels = new Map<string, number[]>();
        for (const c of compiled.checks.filter(x => x.appliesTo(e))) {
          if (!laddered.includes(c.domainId)) continue;
          const list = levels.get(c.domainId) ?? [];
          if (!list.includes(c.check.level)) list.push(c.check.level);
          levels.set(c.domainId, list.sort());
        }
        return Object.fromEntries(levels);
      };
      const full = (domains: string[]) =>
        Object.fromEntries(domains.map(d => [d, [1, 2, 3, 4, 5]]));
      expect(ladders(entity('Component', 'service'))).toEqual(full(laddered));
      expect(ladders(entity('System'))).toEqual(
        full(['technical-operations', 'devsecops', 'business-value']),
      );
      expect(ladders(entity('API', 'openapi'))).toEqual(
        full(['application-design']),
      );
      expect(ladders(entity('Resource', 'database'))).toEqual(
        full(['technical-operations']),
      );
    });

    it('gives SRE checks to services and websites only', () => {
      const sre = (e: Entity) =>
        applicable(e).filter(id => compiled.getCheck(id)!.domainId === 'sre');
      expect(sre(entity('Component', 'service')).length).toBe(
        checksOf('sre').length,
      );
      expect(sre(entity('Component', 'website')).length).toBeGreaterThanOrEqual(
        12,
      );
      expect(sre(entity('Component', 'library'))).toEqual([]);
      expect(sre(entity('Component', 'batch'))).toEqual([]);
    });
  });

  describe('evaluated against demo-like entities', () => {
    const mature: EntityEvidence = {
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payments-api',
          description: 'Payments API',
          tags: ['java', 'tier-1'],
          annotations: {
            'backstage.io/source-location':
              'url:https://git.example.com/payments/payments-api/',
            'github.com/project-slug': 'payments/payments-api',
            'backstage.io/techdocs-ref': 'dir:.',
            'backstage.io/kubernetes-id': 'payments-api',
            'pagerduty.com/service-id': 'PABC123',
            'sonarqube.org/project-key': 'payments-api',
            'snyk.io/org-name': 'payments',
            'argocd/app-name': 'payments-api-prod',
            'jenkins.io/job-full-name': 'payments/payments-api/main',
            'grafana/dashboard-selector': "tags @> 'payments-api'",
            'backstage.io/source-template':
              'template:default/java-service-golden-path',
          },
          links: [
            {
              url: 'https://wiki.example.com/runbooks/payments-api',
              type: 'runbook',
            },
            {
              url: 'https://grafana.example.com/d/payments',
              type: 'dashboard',
            },
            { url: 'https://slo.example.com/payments-api', type: 'slo' },
          ],
        },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:default/payments',
          system: 'payments',
        },
      },
      relations: {
        ownedBy: [{ targetRef: 'group:default/payments', exists: true }],
        partOf: [{ targetRef: 'system:default/payments', exists: true }],
        providesApi: [{ targetRef: 'api:default/payments', exists: true }],
        dependsOn: [
          { targetRef: 'resource:default/payments-db', exists: true },
        ],
      },
      techInsights: {
        sloFactRetriever: {
          facts: {
            sloDefined: true,
            sloMet: true,
            errorBudgetPolicy: true,
            alertDetectionRate: 96,
            businessMonitoring: true,
            distributedTracing: true,
          },
        },
        doraFactRetriever: {
          facts: {
            deploymentsPerWeek: 12,
            leadTimeHours: 16,
            changeFailureRate: 2,
            mttrMinutes: 25,
            ciFixTimeMinutes: 20,
            progressiveDelivery: true,
            automatedRollback: true,
          },
        },
        codeQualityFactRetriever: {
          facts: {
            testCoverage: 85,
            automatedTestPassRate: 98,
            qualityGatePassed: true,
          },
        },
        securityFactRetriever: {
          facts: {
            openCriticalVulnerabilities: 0,
            openHighVulnerabilities: 0,
            sastEnabled: true,
            dependencyScanning: true,
            secretScanning: true,
            lastThreatModelReview: daysAgo(60),
          },
        },
        resilienceFactRetriever: {
          facts: {
            lastDrDrill: daysAgo(40),
            lastChaosExperiment: daysAgo(12),
            lastLoadTest: daysAgo(20),
            postIncidentReviewRate: 100,
            incidentActionsClosedRate: 92,
            selfHealedIncidentRate: 40,
          },
        },
        platformFactRetriever: {
          facts: {
            createdFromTemplate: true,
            templateUpToDate: true,
            selfServiceEnvironments: true,
            environmentProvisionMinutes: 12,
          },
        },
      },
      factHistory: {
        doraFactRetriever: {
          leadTimeHours: [{ timestamp: daysAgo(180), value: 50 }],
          deploymentsPerWeek: [{ timestamp: daysAgo(180), value: 6 }],
        },
      },
    };
    const bare: EntityEvidence = {
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'old-batch' },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:default/gone',
        },
      },
      relations: {
        ownedBy: [{ targetRef: 'group:default/gone', exists: false }],
      },
    };
    const level = (evidence: EntityEvidence, domainId: string) =>
      evaluateEntity(compiled, evidence, { now: NOW }).score.domains.find(
        d => d.domainId === domainId,
      )!.level;

    it('puts a mature service at SRE 3 (4 needs an attestation) and Platform Engineering 3', () => {
      expect(level(mature, 'sre')).toBe(3);
      expect(level(mature, 'platform-engineering')).toBe(3);
      // level 2 of these asks for attestations nobody has given yet
      expect(level(mature, 'continuous-delivery')).toBe(1);
      expect(level(mature, 'agile')).toBe(1);
    });

    it('tells the mature service what stands between it and SRE level 4, and an attestation closes the gap', () => {
      const sre = evaluateEntity(compiled, mature, {
        now: NOW,
      }).score.domains.find(d => d.domainId === 'sre')!;
      expect(sre.nextLevel).toEqual({
        level: 4,
        checkIds: ['sre-reliability-design-review'],
      });
      const attested: EntityEvidence = {
        ...mature,
        attestations: {
          'sre-reliability-design-review': {
            attestedAt: daysAgo(10),
            expiresAt: daysAgo(-355),
            evidenceUrl: 'https://wiki.example.com/reviews/payments-api',
            author: 'user:default/sre-lead',
          },
        },
      };
      expect(level(attested, 'sre')).toBe(4);
    });

    it('lets an outstanding service reach level 5 in every laddered domain', () => {
      const ti = mature.techInsights!;
      const attestations = Object.fromEntries(
        allChecks
          .filter(c => c.attestation)
          .map(c => [
            c.id,
            {
              attestedAt: daysAgo(5),
              expiresAt: daysAgo(-60),
              evidenceUrl: `https://wiki.example.com/evidence/${c.id}`,
              author: 'user:default/assessor',
            },
          ]),
      );
      const outstanding: EntityEvidence = {
        ...mature,
        attestations,
        techInsights: {
          ...ti,
          sloFactRetriever: {
            facts: {
              ...ti.sloFactRetriever.facts,
              businessKpiTargets: true,
              latencyP95Ms: 180,
            },
          },
          doraFactRetriever: {
            facts: {
              ...ti.doraFactRetriever.facts,
              ciFixTimeMinutes: 8,
              mttrMinutes: 12,
              changeFailureRate90d: 0.6,
              mainMergesPerDay: 9,
              uniqueVersionedArtifacts: true,
              artifactPromotionGated: true,
              pipelineDurationMinutes: 9,
              requirementLeadTimeDays: 6,
              flowEfficiency: 45,
              canaryBusinessAnalysis: true,
              featuresWithOutcomePercent: 85,
            },
          },
          codeQualityFactRetriever: {
            facts: {
              ...ti.codeQualityFactRetriever.facts,
              contractTestsVerified: true,
              mutationScore: 70,
              escapedDefectRate: 3,
            },
          },
          securityFactRetriever: {
            facts: {
              ...ti.securityFactRetriever.facts,
              securityGateEnforced: true,
              vulnerabilityFixSlaRate: 98,
              vulnerabilityFixDays: 4,
            },
          },
          resilienceFactRetriever: {
            facts: {
              ...ti.resilienceFactRetriever.facts,
              selfHealedIncidentRate: 60,
              incidentActionsClosedRate: 97,
              repeatIncidentRate: 2,
              autoscalingEnabled: true,
              capacityHeadroomPercent: 40,
              capacityRunwayDays: 300,
            },
          },
          platformFactRetriever: {
            facts: {
              ...ti.platformFactRetriever.facts,
              testDataOnDemand: true,
              costAllocated: true,
              unitCost: 0.02,
            },
          },
        },
        factHistory: {
          doraFactRetriever: {
            ...mature.factHistory!.doraFactRetriever,
            requirementLeadTimeDays: [{ timestamp: daysAgo(180), value: 10 }],
            pipelineDurationMinutes: [{ timestamp: daysAgo(180), value: 14 }],
          },
          sloFactRetriever: {
            latencyP95Ms: [{ timestamp: daysAgo(180), value: 210 }],
          },
          platformFactRetriever: {
            unitCost: [{ timestamp: daysAgo(180), value: 0.03 }],
          },
        },
      };
      for (const domain of [
        'agile',
        'continuous-delivery',
        'technical-operations',
        'application-design',
        'devsecops',
        'system-tools',
        'business-value',
        'collaboration',
        'continuous-testing',
        'performance-measurement',
      ]) {
        expect({ domain, level: level(outstanding, domain) }).toEqual({
          domain,
          level: 5,
        });
      }
    });

    it('puts a bare service at 0 with failed (not unknown) catalog checks and unknown fact checks', () => {
      const { checks, score } = evaluateEntity(compiled, bare, { now: NOW });
      expect(score.level).toBe(0);
      expect(score.domains.find(d => d.domainId === 'sre')!.level).toBe(0);
      const byId = (id: string) => checks.find(c => c.checkId === id)!;
      expect(byId('sre-on-call')).toMatchObject({ status: 'failed' });
      expect(byId('ops-owner-resolves')).toMatchObject({
        status: 'failed',
        message:
          'ownedBy relation to a group to group:default/gone, which does not exist in the catalog',
      });
      expect(byId('sre-slo-defined')).toMatchObject({
        status: 'unknown',
        message: 'no facts from sloFactRetriever',
      });
    });
  });
});
