/*
 * Benchmark of the maturity backend: a real backend (startTestBackend with the
 * maturity plugin) over a generated catalog of 10 000 entities with facts.
 * Times a cold full evaluation run and a second run with nothing changed,
 * then the p50/p95 latency of the scorecard and org rollup endpoints under 50
 * concurrent clients, and the process RSS.
 *
 *   corepack yarn bench:refresh                 # SQLite (in memory)
 *   corepack yarn bench:refresh --postgres      # PostgreSQL at 127.0.0.1:5432
 *   corepack yarn bench:refresh --entities 2000 --seconds 5
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import maturityPlugin from '@devops-maturity/plugin-maturity-backend';
import knexFactory from 'knex';
import { AddressInfo } from 'net';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ENTITIES = option('entities', 10_000);
const SECONDS = option('seconds', 10);
const CLIENTS = option('clients', 50);
const POSTGRES = args.includes('--postgres');

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCatalog(count: number): {
  entities: Entity[];
  facts: Map<string, any>;
} {
  const random = prng(42);
  const entities: Entity[] = [];
  const facts = new Map<string, any>();
  const departments = 5;
  const teamsPerDepartment = 8;
  entities.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'org', namespace: 'default' },
    spec: { type: 'organization', children: [] },
    relations: [],
  });
  const teams: string[] = [];
  for (let d = 0; d < departments; d++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: `dept-${d}`, namespace: 'default' },
      spec: { type: 'department', children: [] },
      relations: [{ type: 'childOf', targetRef: 'group:default/org' }],
    });
    for (let t = 0; t < teamsPerDepartment; t++) {
      const name = `team-${d}-${t}`;
      teams.push(name);
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name, namespace: 'default' },
        spec: { type: 'team', children: [] },
        relations: [{ type: 'childOf', targetRef: `group:default/dept-${d}` }],
      });
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

async function load(url: string, token: string, paths: () => string) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        try {
          const res = await fetch(`${url}${paths()}`, {
            headers: { authorization: token },
          });
          await res.arrayBuffer();
          latencies.push(performance.now() - start);
          if (!res.ok) errors += 1;
        } catch {
          // A kept-alive socket closed by the server between requests: retry.
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[
      Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))
    ];
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / SECONDS),
    p50: pct(50),
    p95: pct(95),
    errors,
  };
}

async function main() {
  const { entities, facts } = generateCatalog(ENTITIES);
  const factsModule = createBackendModule({
    pluginId: 'maturity',
    moduleId: 'bench-facts',
    register(reg) {
      reg.registerInit({
        deps: { providers: maturityFactProvidersExtensionPoint },
        async init({ providers }) {
          providers.addFactProvider({
            id: 'bench-facts',
            async getEvidence({ entities: batch }) {
              return new Map(
                batch.flatMap(e => {
                  const ref = stringifyEntityRef(e);
                  const f = facts.get(ref);
                  return f ? [[ref, { techInsights: f }] as const] : [];
                }),
              );
            },
          });
        },
      });
    },
  });

  let database;
  if (POSTGRES) {
    const admin = knexFactory({
      client: 'pg',
      connection: 'postgresql://postgres@127.0.0.1:5432/postgres',
    });
    const name = `maturity_bench_${Date.now()}`;
    await admin.raw(`CREATE DATABASE ${name}`);
    await admin.destroy();
    database = mockServices.database.factory({
      knex: knexFactory({
        client: 'pg',
        connection: `postgresql://postgres@127.0.0.1:5432/${name}`,
        pool: { min: 0, max: 20 },
      }),
    });
  }

  const backend = await startTestBackend({
    features: [
      maturityPlugin,
      factsModule,
      catalogServiceMock.factory({ entities }),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: { maturity: { batchSize: 500 } },
      }),
      ...(database ? [database] : []),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/api/maturity`;
  const token = mockCredentials.user.header('user:default/bench');
  const run = async () => {
    const start = performance.now();
    const res = await fetch(`${url}/runs`, {
      method: 'POST',
      headers: { authorization: token },
    });
    if (res.status !== 202)
      throw new Error(`run failed: ${res.status} ${await res.text()}`);
    return performance.now() - start;
  };

  const cold = await run();
  const unchanged = await run();
  const runs = (await (
    await fetch(`${url}/runs?limit=2`, { headers: { authorization: token } })
  ).json()) as any;
  const random = prng(7);
  const scorecard = await load(
    url,
    token,
    () =>
      `/entities/component/default/service-${Math.floor(
        random() * ENTITIES,
      )}/scorecard`,
  );
  const rollup = await load(url, token, () => '/rollups');
  const group = await load(
    url,
    token,
    () => `/groups/default/dept-${Math.floor(random() * 5)}/rollup`,
  );
  const rss = process.memoryUsage().rss / 1024 / 1024;
  await backend.stop();

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `maturity backend benchmark — ${ENTITIES} entities, ${
      POSTGRES ? 'PostgreSQL' : 'SQLite (in memory)'
    }, ${CLIENTS} clients × ${SECONDS} s`,
  );
  console.log(`| measure | value |\n|---|---|`);
  console.log(
    `| cold full run | ${(cold / 1000).toFixed(2)} s (${
      runs.items[1]?.changedEntities
    } entities changed) |`,
  );
  console.log(
    `| unchanged run | ${(unchanged / 1000).toFixed(2)} s (${
      runs.items[0]?.changedEntities
    } entities changed) |`,
  );
  for (const [name, r] of [
    ['scorecard', scorecard],
    ['org rollup', rollup],
    ['group rollup', group],
  ] as const) {
    console.log(
      `| ${name} p50 / p95 | ${ms(r.p50)} / ${ms(r.p95)} (${r.rps} req/s, ${
        r.errors
      } errors) |`,
    );
  }
  console.log(`| RSS after load | ${rss.toFixed(0)} MB |`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
