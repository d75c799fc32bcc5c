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
    availabilityPercent: {
      type: 'float',
      description: '% of successful requests (or probes) over the last 30 days',
    },
    burnRateAlerting: {
      type: 'boolean',
      description:
        'Every SLO pages on-call through multi-window burn-rate alerts',
    },
    userJourneySloCoverage: {
      type: 'float',
      description: '% of the critical user journeys served that have an SLO',
    },
    sloMetStreakDays: {
      type: 'integer',
      description: 'Consecutive days on which every SLO was within target',
    },
    centralisedLogging: {
      type: 'boolean',
      description: 'Production logs are shipped to the central log platform',
    },
    mttdMinutes: {
      type: 'float',
      description:
        'Mean time from incident start to the first alert in minutes (last 90 days)',
    },
    latencyP99Ms: {
      type: 'float',
      description:
        '99th-percentile request latency over 30 days in milliseconds',
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
    automatedCanaryAnalysis: {
      type: 'boolean',
      description:
        'Canary releases are promoted or rolled back by automated analysis of SLIs',
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
    minReplicas: {
      type: 'integer',
      description: 'Minimum number of production instances',
    },
    overloadProtection: {
      type: 'boolean',
      description:
        'Timeouts, rate limits and circuit breakers are configured in production',
    },
    failureDomains: {
      type: 'integer',
      description:
        'Availability zones or data centres serving live production traffic',
    },
    actionableAlertRate: {
      type: 'float',
      description: '% of pages in the last 30 days that led to an action',
    },
    automatedRunbookRate: {
      type: 'float',
      description:
        '% of runbook procedures that run as self-service automation',
    },
    peakUtilisationPercent: {
      type: 'float',
      description:
        'Peak utilisation of the bottleneck resource over the last 30 days, %',
    },
    autoscalingEnabled: {
      type: 'boolean',
      description: 'Production capacity scales automatically on a load signal',
    },
    predictiveScaling: {
      type: 'boolean',
      description:
        'Capacity is forecast from traffic trends and provisioned ahead of demand',
    },
    lastRestoreTest: {
      type: 'datetime',
      description: 'Date of the last tested restore from backup',
    },
    chaosInProduction: {
      type: 'boolean',
      description: 'Chaos experiments run against production',
    },
    repeatIncidentRate: {
      type: 'float',
      description:
        '% of incidents (last 180 days) whose root cause matches an earlier incident',
    },
    incidentsPerMonth: {
      type: 'integer',
      description: 'P1/P2 incidents in the last 30 days',
    },
    capacityHeadroomPercent: {
      type: 'float',
      description: "Spare capacity at the last 30 days' peak, % of capacity",
    },
    capacityRunwayDays: {
      type: 'float',
      description: 'Days until forecast demand exceeds current capacity',
    },
    drRtoMet: {
      type: 'boolean',
      description: 'The last DR drill restored service within the RTO',
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
    platformSloMet: {
      type: 'boolean',
      description:
        'The platform services the component used met their published SLOs (30 days)',
    },
    platformTicketRequestRate: {
      type: 'float',
      description:
        "% of the owning team's platform requests fulfilled by ticket (90 days)",
    },
    catalogInSync: {
      type: 'boolean',
      description:
        'The catalog entry matches the runtime, on-call and repository ownership',
    },
    templateUpgradeLagDays: {
      type: 'float',
      description:
        "Days since the first unmerged release of the component's template (0 when current)",
    },
    previewEnvironments: {
      type: 'boolean',
      description: 'Every pull request gets a short-lived preview environment',
    },
    managedSecrets: {
      type: 'boolean',
      description: "Secrets are injected from the platform's secret store",
    },
    admissionPoliciesEnforced: {
      type: 'boolean',
      description: "The platform's deploy-time policies are enforced",
    },
    policyViolations: {
      type: 'integer',
      description: "Open findings of the platform's policies",
    },
    buildDurationMinutes: {
      type: 'float',
      description: 'Median pipeline duration from commit to result in minutes',
    },
    portalActiveDeveloperRate: {
      type: 'float',
      description:
        "% of the owning team's developers active in the portal (30 days)",
    },
    developerSatisfaction: {
      type: 'float',
      description:
        "The owning team's latest platform satisfaction score (0–100)",
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
  // Facts of teams: published for Group entities of spec.type team.
  teamFactRetriever: {
    throughputPerWeek: {
      type: 'float',
      description: 'Work items the team finished per week (30-day average)',
    },
    cycleTimeDays: {
      type: 'float',
      description:
        "Median days from start to done of the team's work items (90 days)",
    },
    deliveryPredictability: {
      type: 'float',
      description:
        '% of committed work items finished as planned, last 90 days',
    },
    wipPerMember: {
      type: 'float',
      description: 'Average work items in progress per team member (30 days)',
    },
    onCallMemberRate: {
      type: 'float',
      description:
        "% of the team's members on its on-call schedule, last 90 days",
    },
    outOfHoursPagesPerWeek: {
      type: 'float',
      description: 'Pages to the team outside working hours per week (30 days)',
    },
    doraCoveragePercent: {
      type: 'float',
      description:
        "% of the team's services and websites that report the DORA metrics",
    },
    doraPublished: {
      type: 'boolean',
      description:
        "The team's DORA metrics are published and refreshed automatically",
    },
    leadTimeHours: {
      type: 'float',
      description:
        "Median commit-to-production lead time over the team's services, hours",
    },
  },
};
