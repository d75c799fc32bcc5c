import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import { parseModelYaml } from './model/parseModel';
import { localizeModel } from './model/localizeModel';
import { parseFactReference } from './model/factReference';
import type { RuleNode } from './model/types';
import { compileModel } from './engine/compileModel';
import { evaluateEntity } from './engine/evaluateEntity';
import type { EntityEvidence } from './evidence/types';
import { daysAgo, NOW } from './__testUtils__/fixtures';
import { EXAMPLES_DIR } from './__testUtils__/examples';
import { describeModel } from './describe/describeModel';

const MODEL_FILE = path.resolve(__dirname, '../models/caict-devops.yaml');
const CONTRACT_FILE = path.resolve(
  __dirname,
  '../../../docs/facts-contract.md',
);

const modelText = fs.readFileSync(MODEL_FILE, 'utf8');
const parsed = parseModelYaml(modelText, {
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
  if ('first' in rule) return rule.first.flatMap(facts);
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

  it('is in English and Chinese: every text has its zh-CN translation', () => {
    expect(parsed.warnings).toEqual([]);
    expect(parsed.localized!.languages).toEqual(['en', 'zh-CN']);
    const zh = localizeModel(parsed.localized!, 'zh-CN');
    expect(zh.levels.map(l => l.title)).toEqual([
      '初始级',
      '基础级',
      '全面级',
      '优秀级',
      '卓越级',
    ]);
    expect(
      Object.fromEntries(zh.domains.map(d => [d.id, [d.title, d.part]])),
    ).toEqual({
      agile: ['敏捷开发管理', '敏捷开发管理'],
      'continuous-delivery': ['持续交付', '持续交付'],
      'technical-operations': ['技术运营', '技术运营'],
      'application-design': ['应用设计', '应用设计'],
      devsecops: ['安全及风险管理（DevSecOps）', '安全及风险管理'],
      'system-tools': ['系统和工具', '系统和工具'],
      'business-value': ['业务价值管理', '业务价值管理'],
      collaboration: ['研发运营协同', '研发运营协同'],
      'continuous-testing': ['持续测试', '持续测试'],
      'performance-measurement': ['效能度量', '效能度量'],
      'platform-engineering': ['平台工程', '平台工程'],
      sre: ['系统可靠性与连续性工程（SRE）', '系统可靠性与连续性工程'],
    });
    const check = zh.domains
      .flatMap(d => d.capabilities.flatMap(c => c.checks))
      .find(c => c.id === 'sre-on-call')!;
    expect(check.title).toMatch(/[\u4e00-\u9fff]/);
    expect(check.remediation.markdown).toMatch(/[\u4e00-\u9fff]/);
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

  it('makes Platform Engineering and SRE the deepest: ≥ 25 checks over levels 1–5, mostly automated', () => {
    for (const id of ['platform-engineering', 'sre']) {
      const checks = checksOf(id);
      expect(checks.length).toBeGreaterThanOrEqual(25);
      expect(new Set(checks.map(c => c.level))).toEqual(
        new Set([1, 2, 3, 4, 5]),
      );
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
      value: {
        days: 180,
        direction: 'decrease',
        minChangePercent: 40,
        baseline: 'configured',
      },
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

  it('uses only the catalog annotations listed in CAICT-MODEL.md, and the on-call and work-tracker annotations of teams', () => {
    const allowed = new Set([
      'pagerduty.com/schedule-id',
      'opsgenie.com/team',
      'jira/project-key',
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

    it('gives groups other than teams no checks', () => {
      for (const type of [undefined, 'organization', 'department']) {
        expect(applicable(entity('Group', type))).toEqual([]);
        expect(
          evaluateEntity(
            compiled,
            { entity: entity('Group', type) },
            { now: NOW },
          ).score.level,
        ).toBeNull();
      }
    });

    it('gives teams Agile, Collaboration and Performance Measurement checks, and nothing of theirs to other entities', () => {
      const ids = applicable(entity('Group', 'team'));
      expect(ids.length).toBeGreaterThanOrEqual(8);
      expect(new Set(ids.map(id => compiled.getCheck(id)!.domainId))).toEqual(
        new Set(['agile', 'collaboration', 'performance-measurement']),
      );
      // Team-scoped practices apply to the team and to what it owns (they
      // are attested once on the team); team checks apply to teams only.
      const teamScoped = allChecks
        .filter(c => c.attestation?.scope === 'team')
        .map(c => c.id);
      expect(teamScoped.length).toBeGreaterThanOrEqual(6);
      expect(ids).toEqual(expect.arrayContaining(teamScoped));
      for (const kind of ['Component', 'System', 'API', 'Resource']) {
        for (const type of ['service', 'website', 'library', undefined]) {
          const others = applicable(entity(kind, type));
          expect(
            ids.filter(id => others.includes(id) && !teamScoped.includes(id)),
          ).toEqual([]);
        }
      }
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
            /codeQualityFactRetriever|pushed\.ci\.(testCoverage|automatedTestPassRate)$|securityFactRetriever|ciFixTimeMinutes|source-location|project-slug|jenkins|sonarqube|snyk/,
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

    it('gives Platform Engineering and SRE checks at every level wherever they apply, and none to systems, APIs and resources', () => {
      const levels = (e: Entity, domainId: string) =>
        [
          ...new Set(
            compiled.checks
              .filter(c => c.domainId === domainId && c.appliesTo(e))
              .map(c => c.check.level),
          ),
        ].sort();
      const all = [1, 2, 3, 4, 5];
      for (const type of ['service', 'website']) {
        expect(levels(entity('Component', type), 'sre')).toEqual(all);
        expect(
          levels(entity('Component', type), 'platform-engineering'),
        ).toEqual(all);
      }
      expect(
        levels(entity('Component', 'batch'), 'platform-engineering'),
      ).toEqual(all);
      for (const kind of ['System', 'API', 'Resource']) {
        expect(levels(entity(kind, 'x'), 'sre')).toEqual([]);
        expect(levels(entity(kind, 'x'), 'platform-engineering')).toEqual([]);
      }
    });

    it('grades services on all five levels of every domain, and systems, APIs, resources and teams on full ladders only', () => {
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
      expect(ladders(entity('Group', 'team'))).toEqual(
        full(['agile', 'collaboration', 'performance-measurement']),
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
            availabilityPercent: 99.97,
            burnRateAlerting: true,
            userJourneySloCoverage: 100,
            sloMetStreakDays: 45,
            centralisedLogging: true,
            mttdMinutes: 4,
            latencyP99Ms: 180,
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
            automatedCanaryAnalysis: true,
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
            minReplicas: 3,
            overloadProtection: true,
            failureDomains: 2,
            actionableAlertRate: 85,
            automatedRunbookRate: 60,
            peakUtilisationPercent: 65,
            autoscalingEnabled: true,
            predictiveScaling: false,
            lastRestoreTest: daysAgo(100),
            chaosInProduction: false,
            repeatIncidentRate: 8,
            incidentsPerMonth: 2,
          },
        },
        platformFactRetriever: {
          facts: {
            createdFromTemplate: true,
            templateUpToDate: true,
            selfServiceEnvironments: true,
            environmentProvisionMinutes: 12,
            platformSloMet: true,
            platformTicketRequestRate: 5,
            catalogInSync: true,
            templateUpgradeLagDays: 3,
            previewEnvironments: true,
            managedSecrets: true,
            admissionPoliciesEnforced: true,
            policyViolations: 4,
            buildDurationMinutes: 12,
            portalActiveDeveloperRate: 90,
            developerSatisfaction: 72,
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

    it('tells the mature service that Platform Engineering level 4 waits for the developer-experience attestation', () => {
      const pe = evaluateEntity(compiled, mature, {
        now: NOW,
      }).score.domains.find(d => d.domainId === 'platform-engineering')!;
      expect(pe.nextLevel).toEqual({
        level: 4,
        checkIds: ['pe-developer-feedback'],
      });
    });

    // Every attestation given, sustained and improving evidence: level 5 in
    // every domain, so overall level 5 is reachable with the default model.
    const ti = mature.techInsights!;
    const outstanding: EntityEvidence = {
      ...mature,
      attestations: Object.fromEntries(
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
      ),
      techInsights: {
        ...ti,
        sloFactRetriever: {
          facts: {
            ...ti.sloFactRetriever.facts,
            sloMetStreakDays: 120,
            mttdMinutes: 2,
            businessKpiTargets: true,
            latencyP95Ms: 180,
          },
        },
        doraFactRetriever: {
          facts: {
            ...ti.doraFactRetriever.facts,
            changeFailureRate: 0.8,
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
            predictiveScaling: true,
            chaosInProduction: true,
            lastChaosExperiment: daysAgo(3),
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
            policyViolations: 0,
            developerSatisfaction: 84,
            testDataOnDemand: true,
            costAllocated: true,
            unitCost: 0.02,
          },
        },
      },
      factHistory: {
        ...mature.factHistory,
        doraFactRetriever: {
          ...mature.factHistory!.doraFactRetriever,
          mttrMinutes: [{ timestamp: daysAgo(180), value: 40 }],
          requirementLeadTimeDays: [{ timestamp: daysAgo(180), value: 10 }],
          pipelineDurationMinutes: [{ timestamp: daysAgo(180), value: 14 }],
        },
        sloFactRetriever: {
          latencyP95Ms: [{ timestamp: daysAgo(180), value: 210 }],
        },
        resilienceFactRetriever: {
          incidentsPerMonth: [{ timestamp: daysAgo(180), value: 5 }],
        },
        platformFactRetriever: {
          environmentProvisionMinutes: [{ timestamp: daysAgo(180), value: 30 }],
          unitCost: [{ timestamp: daysAgo(180), value: 0.03 }],
        },
      },
    };

    it('lets an outstanding service reach level 5 in every domain and overall', () => {
      const { score } = evaluateEntity(compiled, outstanding, { now: NOW });
      expect(
        score.domains.map(d => ({ domain: d.domainId, level: d.level })),
      ).toEqual(model.domains.map(d => ({ domain: d.id, level: 5 })));
      expect(score.level).toBe(5);
    });

    it('keeps SRE at 4 without the history that shows improvement', () => {
      const { factHistory: _history, ...noHistory } = outstanding;
      const sre = evaluateEntity(compiled, noHistory, {
        now: NOW,
      }).score.domains.find(d => d.domainId === 'sre')!;
      expect(sre.level).toBe(4);
      expect(sre.nextLevel).toEqual({
        level: 5,
        // MTTR of 12 minutes passes without history (≤ 15 or improving)
        checkIds: ['sre-incidents-declining'],
      });
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

  describe('evaluated against demo-like teams', () => {
    // The team's own checks and the team-scoped practices attested on it.
    const teamChecks = allChecks.filter(
      c =>
        (c.appliesTo as Record<string, unknown> | undefined)?.kind ===
          'group' || c.attestation?.scope === 'team',
    );
    const matureTeam: EntityEvidence = {
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'payments-team',
          annotations: {
            'pagerduty.com/schedule-id': 'PSCHED1',
            'jira/project-key': 'PAY',
          },
          links: [
            { url: 'https://chat.example.com/channels/payments', type: 'chat' },
            {
              url: 'https://grafana.example.com/d/payments',
              type: 'dashboard',
            },
          ],
        },
        spec: {
          type: 'team',
          profile: { email: 'payments@example.com' },
          children: [],
        },
      },
      relations: {
        hasMember: [
          { targetRef: 'user:default/alice', exists: true },
          { targetRef: 'user:default/bob', exists: true },
        ],
      },
      techInsights: {
        teamFactRetriever: {
          facts: {
            throughputPerWeek: 11,
            cycleTimeDays: 4,
            deliveryPredictability: 82,
            wipPerMember: 1.5,
            onCallMemberRate: 90,
            outOfHoursPagesPerWeek: 1.5,
            doraCoveragePercent: 100,
            doraPublished: true,
            leadTimeHours: 30,
          },
        },
      },
      factHistory: {
        teamFactRetriever: {
          cycleTimeDays: [{ timestamp: daysAgo(180), value: 6 }],
          outOfHoursPagesPerWeek: [{ timestamp: daysAgo(180), value: 3 }],
          leadTimeHours: [{ timestamp: daysAgo(180), value: 48 }],
        },
      },
      attestations: Object.fromEntries(
        teamChecks
          .filter(c => c.attestation)
          .map(c => [
            c.id,
            {
              attestedAt: daysAgo(20),
              expiresAt: daysAgo(-60),
              evidenceUrl: `https://wiki.example.com/payments-team/${c.id}`,
              author: 'user:default/alice',
            },
          ]),
      ),
    };
    const levels = (evidence: EntityEvidence) =>
      Object.fromEntries(
        evaluateEntity(compiled, evidence, { now: NOW })
          .score.domains.filter(d => d.level !== null)
          .map(d => [d.domainId, d.level]),
      );

    it('has at least eight team checks, some attested, over levels 1–5', () => {
      expect(teamChecks.length).toBeGreaterThanOrEqual(8);
      expect(teamChecks.filter(c => c.attestation).length).toBeGreaterThan(0);
      expect(new Set(teamChecks.map(c => c.level))).toEqual(
        new Set([1, 2, 3, 4, 5]),
      );
    });

    it('lets a mature team reach level 5 in its three domains', () => {
      expect(levels(matureTeam)).toEqual({
        agile: 5,
        collaboration: 5,
        'performance-measurement': 5,
      });
    });

    it('holds the team back where the evidence is missing: history, attestations, on-call schedule', () => {
      const { factHistory: _history, ...noHistory } = matureTeam;
      expect(levels(noHistory)).toEqual({
        agile: 4,
        collaboration: 4,
        'performance-measurement': 4,
      });
      // Without attestations the team-scoped practices of level 2 (backlog,
      // developers on call) hold Agile and Collaboration at 1.
      const { attestations: _attestations, ...unattested } = matureTeam;
      expect(levels(unattested)).toEqual({
        agile: 1,
        collaboration: 1,
        'performance-measurement': 2,
      });
      const noSchedule: EntityEvidence = {
        ...matureTeam,
        entity: {
          ...matureTeam.entity,
          metadata: {
            ...matureTeam.entity.metadata,
            annotations: { 'jira/project-key': 'PAY' },
          },
        },
      };
      expect(levels(noSchedule).collaboration).toBe(1);
    });

    it('puts a bare team at 0: no members, no contact, no work tracker, no dashboard', () => {
      const bareTeam: EntityEvidence = {
        entity: {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'ghost-team' },
          spec: { type: 'team', children: [] },
        },
        relations: {},
      };
      const { checks } = evaluateEntity(compiled, bareTeam, { now: NOW });
      expect(levels(bareTeam)).toEqual({
        agile: 0,
        collaboration: 0,
        'performance-measurement': 0,
      });
      const byId = (id: string) => checks.find(c => c.checkId === id)!;
      expect(byId('collab-team-members')).toMatchObject({
        status: 'failed',
        message: 'no team members',
      });
      expect(byId('collab-team-contact').status).toBe('failed');
      expect(byId('agile-team-work-tracker').status).toBe('failed');
      expect(byId('pm-team-dora-coverage')).toMatchObject({
        status: 'unknown',
        message: 'no facts from teamFactRetriever',
      });
    });
  });

  describe('at the top of the CAICT scale', () => {
    const description = describeModel(model);
    const ALL_LEVELS = [1, 2, 3, 4, 5];
    /** `domain Ln` for every level the profile has no applicable check at. */
    const missingCells = (profileId: string, onlyApplicable: boolean) =>
      description.coverage
        .find(c => c.profileId === profileId)!
        .domains.filter(d => d.applies || !onlyApplicable)
        .flatMap(d =>
          ALL_LEVELS.filter(level => !d.levels.includes(level)).map(
            level => `${profileId}: ${d.domainId} L${level}`,
          ),
        );

    it('gives a production service applicable checks at all five levels of every domain', () => {
      expect(missingCells('production-service', false)).toEqual([]);
    });

    it('gives systems, APIs, resources and teams all five levels in every domain that applies to them', () => {
      expect([
        ...missingCells('system', true),
        ...missingCells('api', true),
        ...missingCells('resource', true),
        ...missingCells('team', true),
      ]).toEqual([]);
    });

    it('makes Platform Engineering and SRE the deepest: ≥ 25 checks each', () => {
      const deep = description.domains.filter(
        d => d.id === 'platform-engineering' || d.id === 'sre',
      );
      expect(deep).toHaveLength(2);
      expect(
        deep
          .filter(d => d.checkCount < 25)
          .map(d => `${d.id}: ${d.checkCount} checks`),
      ).toEqual([]);
    });

    it('names nothing of the demo bank: no brand, no entity or group name of examples/', () => {
      const files = [
        ...fs.readdirSync(EXAMPLES_DIR).map(f => path.join(EXAMPLES_DIR, f)),
        ...fs
          .readdirSync(path.join(EXAMPLES_DIR, 'components'))
          .map(f => path.join(EXAMPLES_DIR, 'components', f)),
      ].filter(f => f.endsWith('.yaml'));
      const names = new Set<string>();
      for (const file of files) {
        for (const document of parseAllDocuments(
          fs.readFileSync(file, 'utf8'),
        )) {
          const name = (document.toJS() as Entity | null)?.metadata?.name;
          // One-word names (payments, platform, retail, …) are ordinary words
          // the model needs; compound names are the demo's own.
          if (name && name.length >= 6 && name.includes('-'))
            names.add(name.toLocaleLowerCase('en-US'));
        }
      }
      expect(names.size).toBeGreaterThan(50);

      const lines = modelText.toLocaleLowerCase('en-US').split('\n');
      const found = (pattern: RegExp, label: string) =>
        lines.flatMap((line, index) =>
          pattern.test(line) ? [`${label} (line ${index + 1})`] : [],
        );
      const hits = [
        ...['harbor', 'quickpay', 'quick-payment', 'harborbank'].flatMap(
          brand => found(new RegExp(escapeRegExp(brand)), brand),
        ),
        ...[...names]
          .sort()
          .flatMap(name =>
            found(
              new RegExp(`(?<![a-z0-9-])${escapeRegExp(name)}(?![a-z0-9-])`),
              name,
            ),
          ),
      ];
      expect(hits).toEqual([]);
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
