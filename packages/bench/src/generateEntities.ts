import type { Entity } from '@backstage/catalog-model';
import type {
  EntityEvidence,
  JsonValue,
} from '@devops-maturity/plugin-maturity-common';

/** The evaluation time the generated dates are relative to. */
export const BENCH_NOW = new Date('2026-06-01T00:00:00Z');
const NOW = BENCH_NOW;
const DAY = 86_400_000;

/** Small seeded PRNG (mulberry32), so every run sees the same entities. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ANNOTATIONS: Array<[string, (name: string) => string]> = [
  [
    'backstage.io/source-location',
    n => `url:https://git.example.com/team/${n}/`,
  ],
  ['github.com/project-slug', n => `team/${n}`],
  ['backstage.io/techdocs-ref', () => 'dir:.'],
  ['backstage.io/kubernetes-id', n => n],
  ['pagerduty.com/service-id', n => `P${n.length}X${n.slice(-3)}`],
  ['opsgenie.com/component-selector', n => `tag:${n}`],
  ['sonarqube.org/project-key', n => `bank_${n}`],
  ['snyk.io/org-name', () => 'bank'],
  ['argocd/app-name', n => `${n}-prod`],
  ['jenkins.io/job-full-name', n => `team/${n}/main`],
  ['grafana/dashboard-selector', n => `tags @> '${n}'`],
  [
    'backstage.io/source-template',
    () => 'template:default/java-service-golden-path',
  ],
];

/** Component types, services weighted five times. */
const COMPONENT_TYPES = [
  'service',
  'service',
  'service',
  'service',
  'service',
  'website',
  'library',
  'batch',
  'data-pipeline',
];

/**
 * Generates the evidence of `count` catalog entities with a seeded PRNG
 * (deterministic): 85 % components, 10 % systems, 5 % APIs, each with a random
 * "maturity" driving its annotations, links, relations, TechInsights facts,
 * fact history, attestations and waivers; 1 % have TechInsights unavailable.
 */
export function generateEntities(
  count: number,
  seed: number,
): EntityEvidence[] {
  const rand = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const daysAgo = (days: number) =>
    new Date(NOW.getTime() - days * DAY).toISOString();
  const out: EntityEvidence[] = [];

  for (let i = 0; i < count; i++) {
    const maturity = rand(); // 0 = bare … 1 = exemplary
    const has = (p = 1) => rand() < maturity * p + 0.05;
    const roll = rand();
    let kind = 'API';
    if (roll < 0.85) kind = 'Component';
    else if (roll < 0.95) kind = 'System';
    let type: string | undefined;
    if (kind === 'Component') type = pick(COMPONENT_TYPES);
    else if (kind === 'API') type = 'openapi';
    const name = `${kind.toLowerCase()}-${i}`;
    const annotations: Record<string, string> = {};
    for (const [key, value] of ANNOTATIONS)
      if (has()) annotations[key] = value(name);
    const links = (['runbook', 'dashboard', 'slo'] as const)
      .filter(() => has(0.9))
      .map(linkType => ({
        url: `https://wiki.example.com/${linkType}/${name}`,
        type: linkType,
      }));
    const owner = `group:default/team-${Math.floor(rand() * 300)}`;
    const system = `system:default/system-${Math.floor(rand() * 80)}`;

    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: {
        name,
        namespace: 'default',
        ...(has(1.2) ? { description: `The ${name}` } : {}),
        tags: has() ? ['java', 'tier-1'] : ['java'],
        annotations,
        links,
      },
      spec: {
        ...(type ? { type } : {}),
        lifecycle: pick([
          'production',
          'production',
          'experimental',
          'deprecated',
        ]),
        owner,
        ...(kind === 'Component' ? { system } : {}),
        ...(kind === 'System' ? { domain: 'payments' } : {}),
        ...(kind === 'API' && has() ? { definition: 'openapi: 3.0.0' } : {}),
      },
      relations: [
        { type: 'ownedBy', targetRef: owner },
        ...(kind === 'Component'
          ? [{ type: 'partOf', targetRef: system }]
          : []),
      ],
    };

    const exists = () => (rand() < 0.05 ? undefined : rand() < 0.92);
    const relations: EntityEvidence['relations'] = {
      ownedBy: [{ targetRef: owner, exists: exists() }],
      ...(kind === 'Component'
        ? { partOf: [{ targetRef: system, exists: exists() }] }
        : {}),
      ...(has()
        ? {
            providesApi: [
              { targetRef: `api:default/${name}-api`, exists: true },
            ],
          }
        : {}),
      ...(has()
        ? {
            dependsOn: [
              { targetRef: `resource:default/${name}-db`, exists: true },
            ],
          }
        : {}),
    };

    const techInsights: NonNullable<EntityEvidence['techInsights']> = {};
    const retriever = (id: string, facts: Record<string, JsonValue>) => {
      if (rand() < 0.3 + 0.65 * maturity)
        techInsights[id] = { facts, timestamp: NOW.toISOString() };
    };
    const good = (low: number, high: number) =>
      low + (high - low) * Math.min(1, maturity * (0.7 + rand() * 0.6));
    const bad = (low: number, high: number) =>
      high - (high - low) * Math.min(1, maturity * (0.7 + rand() * 0.6));
    retriever('sloFactRetriever', {
      sloDefined: has(),
      sloMet: has(0.8),
      errorBudgetPolicy: has(0.6),
      alertDetectionRate: good(40, 99),
      businessMonitoring: has(),
      distributedTracing: has(0.8),
      businessKpiTargets: has(0.7),
      businessKpiAttainment: good(20, 100),
      latencyP95Ms: bad(40, 3000),
      availabilityPercent: good(97, 99.99),
      burnRateAlerting: has(0.6),
      userJourneySloCoverage: good(0, 100),
      sloMetStreakDays: Math.round(good(0, 200)),
      centralisedLogging: has(),
      mttdMinutes: bad(1, 240),
      latencyP99Ms: bad(80, 8000),
    });
    const leadTime = bad(4, 900);
    const deploys = good(0.1, 25);
    retriever('doraFactRetriever', {
      deploymentsPerWeek: deploys,
      leadTimeHours: leadTime,
      changeFailureRate: bad(1, 40),
      mttrMinutes: bad(10, 2000),
      ciFixTimeMinutes: bad(5, 3000),
      progressiveDelivery: has(0.7),
      automatedRollback: has(0.6),
      requirementLeadTimeDays: bad(3, 120),
      flowEfficiency: good(5, 60),
      mainMergesPerDay: good(0.05, 12),
      uniqueVersionedArtifacts: has(),
      artifactPromotionGated: has(0.6),
      changeFailureRate90d: bad(0.2, 40),
      pipelineDurationMinutes: bad(3, 240),
      canaryBusinessAnalysis: has(0.5),
      featuresWithOutcomePercent: good(0, 100),
      automatedCanaryAnalysis: has(0.5),
    });
    retriever('codeQualityFactRetriever', {
      testCoverage: good(10, 95),
      automatedTestPassRate: good(60, 100),
      qualityGatePassed: has(),
      apiLintPassed: has(0.8),
      apiBreakingChangeGate: has(0.6),
      apiBreakingChangesReleased: Math.round(bad(0, 6)),
      contractTestsVerified: has(0.6),
      mutationScore: good(5, 90),
      escapedDefectRate: bad(1, 60),
    });
    retriever('securityFactRetriever', {
      openCriticalVulnerabilities: Math.round(bad(0, 6)),
      openHighVulnerabilities: Math.round(bad(0, 20)),
      sastEnabled: has(),
      dependencyScanning: has(),
      secretScanning: has(0.8),
      lastThreatModelReview: daysAgo(bad(10, 900)),
      securityGateEnforced: has(0.7),
      vulnerabilityFixSlaRate: good(20, 100),
      vulnerabilityFixDays: bad(2, 200),
      lastPenetrationTest: daysAgo(bad(20, 900)),
      openPentestFindings: Math.round(bad(0, 8)),
      lastAttackSimulation: daysAgo(bad(10, 900)),
    });
    retriever('resilienceFactRetriever', {
      lastDrDrill: daysAgo(bad(10, 800)),
      lastChaosExperiment: daysAgo(bad(5, 900)),
      lastLoadTest: daysAgo(bad(5, 700)),
      postIncidentReviewRate: good(0, 100),
      incidentActionsClosedRate: good(10, 100),
      selfHealedIncidentRate: good(0, 70),
      autoscalingEnabled: has(0.8),
      capacityHeadroomPercent: good(0, 70),
      capacityRunwayDays: good(10, 400),
      lastRestoreTest: daysAgo(bad(5, 700)),
      drRtoMet: has(0.7),
      repeatIncidentRate: bad(0, 40),
      minReplicas: Math.round(good(1, 6)),
      overloadProtection: has(0.7),
      failureDomains: Math.round(good(1, 3)),
      actionableAlertRate: good(20, 100),
      automatedRunbookRate: good(0, 90),
      peakUtilisationPercent: bad(30, 100),
      predictiveScaling: has(0.4),
      chaosInProduction: has(0.4),
      incidentsPerMonth: Math.round(bad(0, 20)),
    });
    retriever('platformFactRetriever', {
      createdFromTemplate: has(),
      templateUpToDate: has(0.8),
      selfServiceEnvironments: has(0.8),
      environmentProvisionMinutes: bad(5, 20000),
      testDataOnDemand: has(0.6),
      costAllocated: has(0.8),
      unitCost: bad(0.01, 2),
      platformSloMet: has(0.8),
      platformTicketRequestRate: bad(0, 100),
      catalogInSync: has(0.7),
      templateUpgradeLagDays: bad(0, 200),
      previewEnvironments: has(0.5),
      managedSecrets: has(0.8),
      admissionPoliciesEnforced: has(0.6),
      policyViolations: Math.round(bad(0, 50)),
      buildDurationMinutes: bad(2, 90),
      portalActiveDeveloperRate: good(10, 100),
      developerSatisfaction: good(20, 95),
    });

    const factHistory: EntityEvidence['factHistory'] = has()
      ? {
          doraFactRetriever: {
            leadTimeHours: [
              { timestamp: daysAgo(180), value: leadTime * (1 + rand() * 1.5) },
              { timestamp: daysAgo(90), value: leadTime * (1 + rand()) },
            ],
            deploymentsPerWeek: [
              {
                timestamp: daysAgo(180),
                value: deploys * (0.5 + rand() * 0.7),
              },
            ],
          },
        }
      : undefined;

    const attestations: EntityEvidence['attestations'] = {};
    for (const checkId of [
      'agile-backlog',
      'agile-iterations',
      'cd-versioned-schema-changes',
      'ops-dr-plan',
      'sre-reliability-design-review',
    ]) {
      if (has(0.6)) {
        const at = rand() * 400;
        attestations[checkId] = {
          attestedAt: daysAgo(at),
          expiresAt: daysAgo(at - 365),
          evidenceUrl: `https://wiki.example.com/evidence/${name}/${checkId}`,
          author: 'user:default/jane',
        };
      }
    }
    const waivers: EntityEvidence['waivers'] =
      rand() < 0.03
        ? {
            'sec-no-high-vulnerabilities': {
              reason: 'vendor fix pending',
              author: 'user:default/lead',
              expiresAt: daysAgo(-30),
            },
          }
        : undefined;
    const unavailableSources: EntityEvidence['unavailableSources'] =
      rand() < 0.01
        ? [{ source: 'techInsights', message: 'timed out' }]
        : undefined;

    out.push({
      entity,
      relations,
      techInsights,
      factHistory,
      attestations,
      waivers,
      unavailableSources,
    });
  }
  return out;
}
