import { FactSchema } from '@backstage-community/plugin-tech-insights-common';

/**
 * The facts each demo retriever publishes (see docs/facts-contract.md).
 * Keys are TechInsights fact retriever ids.
 */
export const demoFactSchemas: Record<string, FactSchema> = {
  sloFactRetriever: {
    sloDefined: {
      type: 'boolean',
      description: 'At least one SLO with SLIs is defined',
    },
    sloMet: {
      type: 'boolean',
      description: 'Every SLO met over the last 30 days',
    },
    errorBudgetPolicy: {
      type: 'boolean',
      description: 'An error-budget policy is agreed and enforced',
    },
    alertDetectionRate: {
      type: 'float',
      description:
        '% of business incidents detected by monitoring before users reported them',
    },
    businessMonitoring: {
      type: 'boolean',
      description: 'Business-level metrics are monitored',
    },
    distributedTracing: {
      type: 'boolean',
      description: 'Requests are traced end to end',
    },
    businessKpiTargets: {
      type: 'boolean',
      description: 'Business KPIs have agreed targets and alert when missed',
    },
    businessKpiAttainment: {
      type: 'float',
      description:
        '% of business KPIs at or above target over the last 90 days',
    },
    latencyP95Ms: {
      type: 'float',
      description:
        'P95 latency of the main user-facing requests, last 30 days, ms',
    },
  },
  doraFactRetriever: {
    deploymentsPerWeek: {
      type: 'float',
      description: 'Production deployments per week (30-day average)',
    },
    leadTimeHours: {
      type: 'float',
      description: 'Median commit-to-production lead time in hours',
    },
    changeFailureRate: {
      type: 'float',
      description: '% of production changes that caused a failure',
    },
    mttrMinutes: {
      type: 'float',
      description: 'Mean time to restore service in minutes',
    },
    ciFixTimeMinutes: {
      type: 'float',
      description: 'Median time from a red main build to green in minutes',
    },
    progressiveDelivery: {
      type: 'boolean',
      description: 'Canary or blue-green releases in use',
    },
    automatedRollback: {
      type: 'boolean',
      description: 'Failed releases roll back automatically',
    },
    requirementLeadTimeDays: {
      type: 'float',
      description:
        'Median days from a requirement accepted into the backlog to production',
    },
    flowEfficiency: {
      type: 'float',
      description:
        '% of requirement lead time spent in active work states (last 90 days)',
    },
    mainMergesPerDay: {
      type: 'float',
      description:
        'Changes merged to the main branch per working day (30-day average)',
    },
    uniqueVersionedArtifacts: {
      type: 'boolean',
      description:
        'Builds publish immutable, uniquely versioned artifacts to the shared repo',
    },
    artifactPromotionGated: {
      type: 'boolean',
      description:
        'Artifacts move between tiered repositories only through quality gates',
    },
    changeFailureRate90d: {
      type: 'float',
      description:
        '% of production changes that caused a failure over the last 90 days',
    },
    pipelineDurationMinutes: {
      type: 'float',
      description:
        'Median commit-to-artifact time of the main pipeline (30 days), minutes',
    },
    canaryBusinessAnalysis: {
      type: 'boolean',
      description: 'Canary / blue-green analysis also checks business KPIs',
    },
    featuresWithOutcomePercent: {
      type: 'float',
      description:
        '% of features released (last 180 days) whose outcome was measured',
    },
  },
  codeQualityFactRetriever: {
    testCoverage: { type: 'float', description: 'Line coverage %' },
    automatedTestPassRate: {
      type: 'float',
      description: '% of pipeline runs whose automated tests pass',
    },
    qualityGatePassed: {
      type: 'boolean',
      description: 'Static-analysis quality gate passes on main',
    },
    apiLintPassed: {
      type: 'boolean',
      description:
        'The API definition passes the API style-guide lint (API entities)',
    },
    apiBreakingChangeGate: {
      type: 'boolean',
      description:
        'The pipeline blocks unversioned breaking changes to the API definition',
    },
    apiBreakingChangesReleased: {
      type: 'integer',
      description:
        'Breaking API changes released without a new major version (180 days)',
    },
    contractTestsVerified: {
      type: 'boolean',
      description:
        'Consumer contract tests are verified in the pipeline on every change',
    },
    mutationScore: {
      type: 'float',
      description: '% of injected mutants killed by the tests',
    },
    escapedDefectRate: {
      type: 'float',
      description: '% of defects found in production (last 90 days)',
    },
  },
  securityFactRetriever: {
    openCriticalVulnerabilities: {
      type: 'integer',
      description: 'Open critical vulnerabilities',
    },
    openHighVulnerabilities: {
      type: 'integer',
      description: 'Open high vulnerabilities',
    },
    sastEnabled: { type: 'boolean', description: 'SAST runs in the pipeline' },
    dependencyScanning: {
      type: 'boolean',
      description: 'Dependency (SCA) scanning runs in the pipeline',
    },
    secretScanning: {
      type: 'boolean',
      description: 'Secret scanning runs in the pipeline',
    },
    lastThreatModelReview: {
      type: 'datetime',
      description: 'Date of the last threat-model review',
    },
    securityGateEnforced: {
      type: 'boolean',
      description:
        'Security scans are mandatory pipeline steps that block on policy breaches',
    },
    vulnerabilityFixSlaRate: {
      type: 'float',
      description:
        '% of vulnerabilities fixed within the policy SLA (last 180 days)',
    },
    vulnerabilityFixDays: {
      type: 'float',
      description:
        'Median days from detection to fix, critical and high (last 180 days)',
    },
    lastPenetrationTest: {
      type: 'datetime',
      description: 'Date of the last penetration test (systems)',
    },
    openPentestFindings: {
      type: 'integer',
      description: 'Open high or critical penetration-test findings',
    },
    lastAttackSimulation: {
      type: 'datetime',
      description:
        'Date of the last red-team or breach-and-attack simulation exercise',
    },
  },
  resilienceFactRetriever: {
    lastDrDrill: {
      type: 'datetime',
      description: 'Date of the last disaster-recovery drill',
    },
    lastChaosExperiment: {
      type: 'datetime',
      description: 'Date of the last chaos experiment',
    },
    lastLoadTest: {
      type: 'datetime',
      description: 'Date of the last capacity or load test',
    },
    postIncidentReviewRate: {
      type: 'float',
      description: '% of P1/P2 incidents with a blameless review',
    },
    incidentActionsClosedRate: {
      type: 'float',
      description: '% of post-incident actions closed on time',
    },
    selfHealedIncidentRate: {
      type: 'float',
      description: '% of incidents remediated automatically',
    },
    autoscalingEnabled: {
      type: 'boolean',
      description: 'The workload scales out and in automatically with load',
    },
    capacityHeadroomPercent: {
      type: 'float',
      description: "Spare capacity at the last 30 days' peak, % of capacity",
    },
    capacityRunwayDays: {
      type: 'float',
      description: 'Days until forecast demand exceeds current capacity',
    },
    lastRestoreTest: {
      type: 'datetime',
      description:
        'Date of the last tested restore from backup (or fail-over test)',
    },
    drRtoMet: {
      type: 'boolean',
      description: 'The last DR drill restored service within the RTO',
    },
    repeatIncidentRate: {
      type: 'float',
      description:
        '% of incidents sharing a root cause with an earlier one (last 180 days)',
    },
  },
  platformFactRetriever: {
    createdFromTemplate: {
      type: 'boolean',
      description: 'Created from a golden-path software template',
    },
    templateUpToDate: {
      type: 'boolean',
      description: "Still on the template's current version",
    },
    selfServiceEnvironments: {
      type: 'boolean',
      description: 'Environments are provisioned self-service',
    },
    environmentProvisionMinutes: {
      type: 'float',
      description: 'Median time to provision a new environment in minutes',
    },
    testDataOnDemand: {
      type: 'boolean',
      description:
        'Masked or synthetic test data is provisioned self-service, on demand',
    },
    costAllocated: {
      type: 'boolean',
      description:
        'Running cost is attributed to the entity and reported monthly',
    },
    unitCost: {
      type: 'float',
      description: 'Running cost per business transaction, last 30 days',
    },
  },
};
