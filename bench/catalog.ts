/*
 * The generated catalog of the backend benchmarks (bench/refresh.ts and the
 * backend processes of its open-loop mode, bench/backendProcess.ts).
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** From this many groups on, departments have units, and units teams. */
const NESTED_UNITS_FROM = 1_000;
const UNITS_PER_DEPARTMENT = 10;

/**
 * Generates the bench catalog: one organisation group with departments and
 * teams (about `groups` groups in all, at least 7; from 1 000 groups on,
 * exactly `groups` in four levels: org → 10 departments → 100 units → teams) and `count` components
 * owned by the teams, each with a random "maturity" that drives its
 * annotations, links and TechInsights facts (about 90 % have facts).
 * Deterministic apart from fact dates, which are relative to now.
 */
export function generateCatalog(
  count: number,
  groups: number,
): {
  entities: Entity[];
  facts: Map<string, any>;
} {
  const random = prng(42);
  const entities: Entity[] = [];
  const facts = new Map<string, any>();
  const departments = groups >= 100 ? 10 : 5;
  const teamsPerDepartment = Math.max(
    1,
    Math.floor((groups - 1 - departments) / departments),
  );
  entities.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'org', namespace: 'default' },
    spec: { type: 'organization', children: [] },
    relations: [],
  });
  const teams: string[] = [];
  const group = (name: string, type: string, parent?: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type, children: [] },
    relations: parent
      ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
      : [],
  });
  if (groups >= NESTED_UNITS_FROM) {
    // four levels: org → 10 departments → 10 units each → the other groups
    // as teams, spread over the units in turn (exactly `groups` groups)
    const units: string[] = [];
    for (let d = 0; d < departments; d++) {
      entities.push(group(`dept-${d}`, 'department', 'org'));
      for (let u = 0; u < UNITS_PER_DEPARTMENT; u++) {
        units.push(`unit-${d}-${u}`);
        entities.push(group(`unit-${d}-${u}`, 'unit', `dept-${d}`));
      }
    }
    const teamCount = groups - 1 - departments - units.length;
    for (let t = 0; t < teamCount; t++) {
      const unit = units[t % units.length];
      const name = `team-${unit.slice('unit-'.length)}-${Math.floor(
        t / units.length,
      )}`;
      teams.push(name);
      entities.push(group(name, 'team', unit));
    }
  } else {
    for (let d = 0; d < departments; d++) {
      entities.push(group(`dept-${d}`, 'department', 'org'));
      for (let t = 0; t < teamsPerDepartment; t++) {
        const name = `team-${d}-${t}`;
        teams.push(name);
        entities.push(group(name, 'team', `dept-${d}`));
      }
    }
  }
  const annotationPool = [
    ['backstage.io/source-location', 'url:https://git.example/x'],
    ['github.com/project-slug', 'bank/x'],
    ['backstage.io/techdocs-ref', 'dir:.'],
    ['pagerduty.com/service-id', 'P1'],
    ['backstage.io/kubernetes-id', 'x'],
    ['grafana/dashboard-selector', 'x'],
    ['sonarqube.org/project-key', 'x'],
    ['snyk.io/org-name', 'bank'],
    ['argocd/app-name', 'x'],
    [
      'backstage.io/source-template',
      'template:default/java-service-golden-path',
    ],
  ];
  const daysAgo = (n: number) =>
    new Date(Date.now() - n * 86_400_000).toISOString();
  for (let i = 0; i < count; i++) {
    const maturity = random();
    const owner = teams[Math.floor(random() * teams.length)];
    const annotations = Object.fromEntries(
      annotationPool.filter(() => random() < maturity),
    );
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `service-${i}`,
        namespace: 'default',
        description: random() < maturity + 0.2 ? 'A service' : undefined,
        annotations,
        tags: random() < 0.2 ? ['tier-1'] : [],
        links:
          random() < maturity
            ? [
                { url: 'https://runbooks.example/x', type: 'runbook' },
                { url: 'https://grafana.example/x', type: 'dashboard' },
              ]
            : [],
      },
      spec: {
        type: random() < 0.8 ? 'service' : 'website',
        lifecycle: 'production',
        owner,
      },
      relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
    };
    entities.push(entity);
    if (random() < 0.9) {
      facts.set(stringifyEntityRef(entity), {
        sloFactRetriever: {
          facts: {
            sloDefined: random() < maturity,
            sloMet: random() < maturity,
            errorBudgetPolicy: random() < maturity,
            alertDetectionRate: 60 + 40 * maturity,
            businessMonitoring: random() < maturity,
          },
        },
        doraFactRetriever: {
          facts: {
            deploymentsPerWeek: 20 * maturity,
            leadTimeHours: 200 * (1 - maturity) + 2,
            changeFailureRate: 30 * (1 - maturity),
            mttrMinutes: 300 * (1 - maturity) + 5,
            ciFixTimeMinutes: 500 * (1 - maturity) + 5,
          },
        },
        codeQualityFactRetriever: {
          facts: {
            testCoverage: 100 * maturity,
            qualityGatePassed: random() < maturity,
          },
        },
        securityFactRetriever: {
          facts: {
            openCriticalVulnerabilities: random() < maturity ? 0 : 2,
            sastEnabled: random() < maturity,
            dependencyScanning: random() < maturity,
            secretScanning: random() < maturity,
          },
        },
        resilienceFactRetriever: {
          facts: {
            lastDrDrill: daysAgo(400 * (1 - maturity)),
            lastChaosExperiment: daysAgo(300 * (1 - maturity)),
            lastLoadTest: daysAgo(200 * (1 - maturity)),
          },
        },
      });
    }
  }
  return { entities, facts };
}
