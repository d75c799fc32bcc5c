/*
 * Benchmark of the maturity backend: a real backend (startTestBackend with the
 * maturity plugin) over a generated catalog of 10 000 entities with facts.
 * Times a cold full evaluation run and a second run with nothing changed,
 * then the p50/p95 latency of the scorecard and org rollup endpoints under 50
 * concurrent clients, and the process RSS.
 *
 *   corepack yarn bench:refresh                 # SQLite (a database file)
 *   corepack yarn bench:refresh --memory        # SQLite (in memory)
 *   corepack yarn bench:refresh --catalog-mock  # Backstage's catalog test double as is
 *   corepack yarn bench:refresh --postgres      # PostgreSQL at 127.0.0.1:5432
 *   corepack yarn bench:refresh --entities 2000 --seconds 5 --clients 50 --batch 500
 *   corepack yarn bench:refresh --groups 500     # 1 org, 10 departments, 489 teams
 *   corepack yarn bench:refresh --campaign --cache-seconds 300  # campaign progress, warm
 *   corepack yarn bench:refresh --open-loop --rates 100,300 --seconds 20 [--postgres [--instances 2]]
 *
 * With `--team-attestation` (default 2 000 entities) it instead measures a
 * team attestation: after a cold run, `POST /attestations` on the org group
 * (which owns every entity through its nested groups) for a `scope: team`
 * check of an extra model, timed until the background re-evaluation's run
 * has finished; then every entity's stored result is read back and must have
 * passed with the org as provenance. The same for revoking it.
 *
 * With `--scale` (issue #18: 100 000 entities, 2 000 nested groups) it
 * instead times a cold and an unchanged full run, samples the backend
 * process's RSS throughout, and loads the org rollup (`--rollup-rate`,
 * default 50 req/s) and the campaign progress (`--campaign-rate`, default
 * 20 req/s) open loop; the backend runs as its own process and inherits
 * NODE_OPTIONS (e.g. --max-old-space-size=256). See scale.ts.
 *
 *   NODE_OPTIONS=--max-old-space-size=256 corepack yarn bench:refresh \
 *     --scale --postgres --entities 100000 --groups 2000
 *
 * With `--open-loop` it instead measures latency at fixed offered rates
 * (requests on a schedule, not after the previous answer) of the scorecard
 * `?view=results`, the org rollup, the campaign progress and a group rollup,
 * next to a saturated closed-loop load of each; the backend runs as its own
 * process(es), `--instances 2` on one PostgreSQL database. See openLoop.ts.
 *
 * With `--campaign` (default 10 000 entities) it instead measures
 * `GET /campaigns/{id}/progress` after a cold run: a campaign over every
 * component under the org (SRE level 3, started 60 days ago) is created
 * through the API, its first (cold) progress read is timed, then p50/p95
 * under `--clients` concurrent clients (warm: the scope read is cached) and
 * with one client.
 *
 * With `--report` (default 1 000 entities) it instead measures reports
 * (evidence packs) after a cold run: `GET /reports/...` as JSON and as HTML
 * for a system with 200 parts (`system:default/bench-system`, the first 200
 * services are part of it) and for the org group (every entity under its
 * departments and teams), each first (cold) and then the median of 3, and
 * `POST /reports` (save: JSON + HTML + Markdown rendered, hashed, stored).
 *
 * With `--regressions 1000` it instead measures regression notifications:
 * for each of two fresh backends — regression notifications on, then off
 * (`maturity.notifications.levelRegression: false`) — a cold run, then the
 * facts of the 1 000 most mature services drop to nothing and a second run
 * is timed. A recording notification service counts and timestamps every
 * notification, each taking `--notify-latency` ms (default 10, a request to
 * the notifications backend). The added time is the difference of the two
 * second runs (noisy on a shared machine: `--repeat 3` alternates the pairs),
 * and how long each run went on after its last write (`finishedAt`): there it
 * waits for the listeners still sending.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import maturityPlugin from '@devops-maturity/plugin-maturity-backend';
import { cpuSeconds, formatCpu } from './cpuTime';
import { indexedCatalogFactory } from './indexedCatalog';
import { generateCatalog } from './catalog';
import { benchFactsModule } from './factsModule';
import { benchKnex, createBenchDatabase } from './database';
import { ClosedLoopResult, runLoadProcess } from './loadProcess';
import { BENCH_CAMPAIGN_ID, createBenchCampaign } from './campaign';
import { benchOpenLoop } from './openLoop';
import { benchScale } from './scale';
import knexFactory from 'knex';
import { AddressInfo } from 'node:net';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ENTITIES = option('entities', 10_000);
const SECONDS = option('seconds', 10);
const CLIENTS = option('clients', 50);
const BATCH = option('batch', 500);
const CATALOG_MOCK = args.includes('--catalog-mock');
const POSTGRES = args.includes('--postgres');
const MEMORY = args.includes('--memory');
const TEAM_ATTESTATION = args.includes('--team-attestation');
const TEAM_ENTITIES = option('entities', 2_000);
const CAMPAIGN = args.includes('--campaign');
const REPORT = args.includes('--report');
const REPORT_ENTITIES = option('entities', 1_000);
/** Services that are part of the `--report` system. */
const REPORT_PARTS = 200;
/** `maturity.readCacheSeconds`; the plugin's default (15) when absent. */
const CACHE_SECONDS = args.includes('--cache-seconds')
  ? option('cache-seconds', 15)
  : undefined;
const REGRESSIONS = option('regressions', 0);
const NOTIFY_LATENCY = option('notify-latency', 10);
/** Groups of the generated org (organisation, departments, teams); at least 7. */
const GROUPS = option('groups', 46);
const OPEN_LOOP = args.includes('--open-loop');
/** `--rates 100,300`: the offered rates of `--open-loop`, req/s. */
const RATES = (
  args.includes('--rates') ? args[args.indexOf('--rates') + 1] : '100,300'
)
  .split(',')
  .map(Number);

/** The extra model of `--team-attestation`: one team-scoped check. */
const TEAM_MODEL = {
  id: 'team-bench',
  title: 'Team attestation benchmark',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'team-practice',
      title: 'Team practice',
      capabilities: [
        {
          id: 'team-reviews',
          title: 'Reviews',
          checks: [
            {
              id: 'team-bench-review',
              title: 'The team reviews incidents',
              level: 1,
              appliesTo: { kind: 'component' },
              attestation: {
                evidence: 'Review minutes',
                validForDays: 90,
                scope: 'team',
              },
              remediation: { markdown: 'Hold reviews.' },
            },
          ],
        },
      ],
    },
  ],
};

/** Runs the load client (autocannon) in its own process; see loadClient.ts. */
function load(
  url: string,
  token: string,
  paths:
    | 'scorecard'
    | 'scorecard-results'
    | 'rollup'
    | 'group'
    | 'campaign-progress',
  connections = CLIENTS,
): Promise<ClosedLoopResult> {
  return runLoadProcess<ClosedLoopResult>('loadClient.ts', {
    campaign: BENCH_CAMPAIGN_ID,
    url,
    token,
    paths,
    entities: ENTITIES,
    departments: 5,
    connections,
    seconds: SECONDS,
  });
}

/** Notifications sent, with the time each was done (performance.now()). */
interface RecordedNotification {
  options: NotificationSendOptions;
  doneAt: number;
}

/** Facts of a service whose every measure is at its worst. */
function worstFacts() {
  const longAgo = new Date(Date.now() - 5 * 365 * 86_400_000).toISOString();
  return {
    sloFactRetriever: {
      facts: {
        sloDefined: false,
        sloMet: false,
        errorBudgetPolicy: false,
        alertDetectionRate: 0,
        businessMonitoring: false,
      },
    },
    doraFactRetriever: {
      facts: {
        deploymentsPerWeek: 0,
        leadTimeHours: 5000,
        changeFailureRate: 100,
        mttrMinutes: 10000,
        ciFixTimeMinutes: 10000,
      },
    },
    codeQualityFactRetriever: {
      facts: { testCoverage: 0, qualityGatePassed: false },
    },
    securityFactRetriever: {
      facts: {
        openCriticalVulnerabilities: 9,
        sastEnabled: false,
        dependencyScanning: false,
        secretScanning: false,
      },
    },
    resilienceFactRetriever: {
      facts: {
        lastDrDrill: longAgo,
        lastChaosExperiment: longAgo,
        lastLoadTest: longAgo,
      },
    },
  };
}

async function main() {
  if (args.includes('--scale')) {
    if (MEMORY || CATALOG_MOCK) {
      throw new Error(
        '--scale runs the backend in a process of its own with the indexed catalog: leave out --memory and --catalog-mock',
      );
    }
    await benchScale({
      entities: ENTITIES,
      groups: GROUPS,
      batch: BATCH,
      cacheSeconds: CACHE_SECONDS,
      postgres: POSTGRES,
      seconds: SECONDS,
      rollupRate: option('rollup-rate', 50),
      campaignRate: option('campaign-rate', 20),
      cpuProfDir: args.includes('--cpu-prof-dir')
        ? args[args.indexOf('--cpu-prof-dir') + 1]
        : undefined,
      backendNodeArgs: args.includes('--backend-node-args')
        ? args[args.indexOf('--backend-node-args') + 1].split(' ')
        : undefined,
    });
    return;
  }
  if (OPEN_LOOP) {
    if (!RATES.every(rate => rate > 0)) {
      throw new Error(`--rates must be positive numbers, e.g. 100,300`);
    }
    if (MEMORY || CATALOG_MOCK) {
      throw new Error(
        '--open-loop runs the backend in processes of its own with the indexed catalog, on an SQLite file (the default) or --postgres: leave out --memory and --catalog-mock',
      );
    }
    await benchOpenLoop({
      entities: ENTITIES,
      groups: GROUPS,
      batch: BATCH,
      cacheSeconds: CACHE_SECONDS,
      postgres: POSTGRES,
      rates: RATES,
      seconds: SECONDS,
      clients: CLIENTS,
      instances: option('instances', 1),
      maxSockets: option('max-sockets', 64),
    });
    return;
  }
  if (REGRESSIONS > 0) {
    await benchRegressions();
    return;
  }
  const { entities, facts } = generateCatalog(
    TEAM_ATTESTATION ? TEAM_ENTITIES : REPORT ? REPORT_ENTITIES : ENTITIES,
    GROUPS,
  );
  if (REPORT) addReportSystem(entities);
  const factsModule = benchFactsModule(facts);

  const {
    factory: database,
    statsKnex: databaseKnex,
    drop: dropDatabase,
  } = await benchDatabase({ memory: MEMORY });

  const backend = await startTestBackend({
    features: [
      maturityPlugin,
      factsModule,
      CATALOG_MOCK
        ? catalogServiceMock.factory({ entities })
        : indexedCatalogFactory(entities),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          maturity: {
            batchSize: BATCH,
            ...(CACHE_SECONDS === undefined
              ? {}
              : { readCacheSeconds: CACHE_SECONDS }),
            ...(TEAM_ATTESTATION ? { models: [{ model: TEAM_MODEL }] } : {}),
          },
        },
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

  if (TEAM_ATTESTATION) {
    const cold = await run();
    const result = await benchTeamAttestation(url, token, entities);
    await backend.stop();
    await dropDatabase();
    console.log(
      `team attestation benchmark — ${TEAM_ENTITIES} components under group:default/org (5 departments × 8 teams), batches of ${BATCH}, ${
        POSTGRES
          ? 'PostgreSQL'
          : `SQLite (${MEMORY ? 'in memory' : 'database file'})`
      }; models: default + team-bench`,
    );
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| cold full run | ${(cold / 1000).toFixed(2)} s |`);
    for (const [name, r] of [
      ['attest org', result.attest],
      ['revoke', result.revoke],
    ] as const) {
      console.log(
        `| ${name}: answer / last entity re-evaluated | ${r.answerMs.toFixed(
          0,
        )} ms / ${(r.reflectedMs / 1000).toFixed(2)} s (${
          r.reevaluating
        } queued, ${r.matching} of ${TEAM_ENTITIES} components as expected) |`,
      );
    }
    return;
  }

  if (REPORT) {
    const cold = await run();
    const result = await benchReport(url, token);
    await backend.stop();
    await dropDatabase();
    console.log(
      `report benchmark — ${REPORT_ENTITIES} components under group:default/org, a system with ${REPORT_PARTS} parts, ${
        POSTGRES
          ? 'PostgreSQL'
          : `SQLite (${MEMORY ? 'in memory' : 'database file'})`
      }`,
    );
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| cold full run | ${(cold / 1000).toFixed(2)} s |`);
    for (const r of result) {
      console.log(
        `| ${r.name} | ${r.firstMs.toFixed(0)} ms first, ${r.medianMs.toFixed(
          0,
        )} ms median of 3 (${(r.bytes / 1024 / 1024).toFixed(1)} MB) |`,
      );
    }
    return;
  }

  if (CAMPAIGN) {
    const cold = await run();
    const result = await benchCampaign(url, token);
    await backend.stop();
    await dropDatabase();
    console.log(
      `campaign progress benchmark — ${ENTITIES} components under group:default/org, ${
        POSTGRES
          ? 'PostgreSQL'
          : `SQLite (${MEMORY ? 'in memory' : 'database file'})`
      }, ${CLIENTS} clients × ${SECONDS} s, read cache ${
        CACHE_SECONDS ?? 15
      } s`,
    );
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| cold full run | ${(cold / 1000).toFixed(2)} s |`);
    console.log(
      `| first progress read (cold) | ${result.firstMs.toFixed(0)} ms (${
        result.inScope
      } in scope, ${result.meeting} meeting, ${
        result.burnupDays
      } burn-up days, ${result.pageEntities} of ${
        result.entityTotal
      } entities, ${(result.bytes / 1024).toFixed(0)} KB) |`,
    );
    console.log(
      `| entities.csv (warm) | ${result.csvMs.toFixed(0)} ms (${
        result.csvLines
      } entities, ${(result.csvBytes / 1024).toFixed(0)} KB) |`,
    );
    for (const [name, r] of [
      [`progress, ${CLIENTS} clients`, result.loaded],
      ['progress, 1 client', result.alone],
    ] as const) {
      console.log(
        `| ${name} p50 / p95 / p99 | ${r.p50.toFixed(1)} / ${r.p95.toFixed(
          1,
        )} / ${r.p99.toFixed(1)} ms (${r.rps} req/s, ${
          r.errors + r.non2xx
        } errors, ${(r.meanBytes / 1024).toFixed(0)} KB gzipped) |`,
      );
    }
    return;
  }

  const rssAtStart = process.memoryUsage().rss / 1024 / 1024;
  const cpuBeforeCold = await cpuSeconds(databaseKnex);
  const cold = await run();
  const cpuAfterCold = await cpuSeconds(databaseKnex);
  const unchanged = await run();
  const cpuAfterUnchanged = await cpuSeconds(databaseKnex);
  const runs = (await (
    await fetch(`${url}/runs?limit=2`, { headers: { authorization: token } })
  ).json()) as any;
  const rssAfterRuns = process.memoryUsage().rss / 1024 / 1024;
  // with --expose-gc: the live heap, what the runs keep
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const liveHeap = gc ? process.memoryUsage().heapUsed / 1024 / 1024 : NaN;
  const scorecard = await load(url, token, 'scorecard');
  const results = await load(url, token, 'scorecard-results');
  const rollup = await load(url, token, 'rollup');
  const group = await load(url, token, 'group');
  // one client: the time a request takes without waiting behind others
  const scorecardAlone = await load(url, token, 'scorecard', 1);
  const resultsAlone = await load(url, token, 'scorecard-results', 1);
  const rollupAlone = await load(url, token, 'rollup', 1);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  const peakRss = process.resourceUsage().maxRSS / 1024;
  await backend.stop();
  await dropDatabase();

  const ms = (v: number | undefined) =>
    v === undefined ? 'n/a' : `${v.toFixed(1)} ms`;
  console.log(
    `maturity backend benchmark — ${ENTITIES} entities, batches of ${BATCH}, ${
      CATALOG_MOCK ? 'catalog test double' : 'indexed catalog'
    }, ${
      POSTGRES
        ? 'PostgreSQL'
        : `SQLite (${MEMORY ? 'in memory' : 'database file'})`
    }, ${CLIENTS} clients × ${SECONDS} s`,
  );
  console.log(`| measure | value |\n|---|---|`);
  console.log(
    `| cold full run | ${(cold / 1000).toFixed(2)} s (${
      runs.items[1]?.changedEntities
    } entities changed; CPU: ${formatCpu(cpuBeforeCold, cpuAfterCold)}) |`,
  );
  console.log(
    `| unchanged run | ${(unchanged / 1000).toFixed(2)} s (${
      runs.items[0]?.changedEntities
    } entities changed; CPU: ${formatCpu(cpuAfterCold, cpuAfterUnchanged)}) |`,
  );
  for (const [name, r] of [
    ['scorecard', scorecard],
    ['scorecard ?view=results (the UI)', results],
    ['org rollup', rollup],
    ['group rollup', group],
    ['scorecard, 1 client', scorecardAlone],
    ['scorecard ?view=results, 1 client', resultsAlone],
    ['org rollup, 1 client', rollupAlone],
  ] as const) {
    console.log(
      `| ${name} p50 / p95 / p99 | ${ms(r.p50)} / ${ms(r.p95)} / ${ms(
        r.p99,
      )} (${r.rps} req/s, ${r.errors + r.non2xx} errors, ${(
        r.meanBytes / 1024
      ).toFixed(1)} KB per response) |`,
    );
  }
  console.log(
    `| live heap after runs | ${
      gc ? `${liveHeap.toFixed(0)} MB` : 'n/a (run node with --expose-gc)'
    } |`,
  );
  console.log(
    `| backend RSS at start / after runs / after load / peak | ${rssAtStart.toFixed(
      0,
    )} / ${rssAfterRuns.toFixed(0)} / ${rss.toFixed(0)} / ${peakRss.toFixed(
      0,
    )} MB |`,
  );
}

/**
 * A database for one bench backend: its service factory (none with `memory`:
 * the test backend's in-memory SQLite), on PostgreSQL a one-connection pool
 * for reading the server's CPU time, and its cleanup.
 */
async function benchDatabase(options: { memory: boolean }): Promise<{
  factory?: ReturnType<typeof mockServices.database.factory>;
  statsKnex?: ReturnType<typeof knexFactory>;
  drop: () => Promise<void>;
}> {
  if (options.memory && !POSTGRES) return { drop: async () => {} };
  const database = await createBenchDatabase({ postgres: POSTGRES });
  const statsKnex = POSTGRES ? benchKnex(database, 1) : undefined;
  return {
    factory: mockServices.database.factory({
      knex: benchKnex(database, 20),
    }),
    statsKnex,
    drop: async () => {
      await statsKnex?.destroy();
      await database.drop();
    },
  };
}

/**
 * One backend of `--regressions`: a cold run, the facts of the most mature
 * services dropped to their worst, a timed second run; every notification
 * recorded.
 */
async function regressionRun(notify: boolean) {
  const { entities, facts } = generateCatalog(ENTITIES, GROUPS);
  const recorded: RecordedNotification[] = [];
  const recording = createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({
      async send(options: NotificationSendOptions) {
        if (NOTIFY_LATENCY > 0) {
          await new Promise(resolve => setTimeout(resolve, NOTIFY_LATENCY));
        }
        recorded.push({ options, doneAt: performance.now() });
      },
    }),
  });
  const factsModule = benchFactsModule(facts);
  const database = await benchDatabase({ memory: false });
  const backend = await startTestBackend({
    features: [
      maturityPlugin,
      factsModule,
      recording,
      indexedCatalogFactory(entities),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          maturity: {
            batchSize: BATCH,
            notifications: { levelRegression: notify },
          },
        },
      }),
      database.factory!,
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
    return { start, ms: performance.now() - start, answeredAt: Date.now() };
  };
  const cold = await run();
  // the most mature services (highest coverage) lose every fact
  const regressing = [...facts.entries()]
    .sort(
      ([, a], [, b]) =>
        b.codeQualityFactRetriever.facts.testCoverage -
        a.codeQualityFactRetriever.facts.testCoverage,
    )
    .slice(0, REGRESSIONS)
    .map(([ref]) => ref);
  for (const ref of regressing) facts.set(ref, worstFacts());
  const second = await run();
  const runs = (await (
    await fetch(`${url}/runs?limit=1`, { headers: { authorization: token } })
  ).json()) as any;
  await backend.stop();
  await database.drop();
  const times = recorded.map(r => r.doneAt - second.start);
  const finishedAt = Date.parse(runs.items[0]?.finishedAt);
  return {
    // the run's writes were done (finishedAt) before it waited for listeners
    tailMs: second.answeredAt - finishedAt,
    coldMs: cold.ms,
    secondMs: second.ms,
    changedEntities: runs.items[0]?.changedEntities as number,
    notifications: recorded.length,
    uniqueScopes: new Set(recorded.map(r => r.options.payload.scope)).size,
    highSeverity: recorded.filter(r => r.options.payload.severity === 'high')
      .length,
    firstMs: times.length ? Math.min(...times) : NaN,
    lastMs: times.length ? Math.max(...times) : NaN,
  };
}

/** `--regressions`: the time regression notifications add to a full run. */
async function benchRegressions() {
  for (let i = 0; i < option('repeat', 1); i++) {
    const on = await regressionRun(true);
    const off = await regressionRun(false);
    printRegressions(on, off);
  }
}

function printRegressions(
  on: Awaited<ReturnType<typeof regressionRun>>,
  off: Awaited<ReturnType<typeof regressionRun>>,
) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `regression notifications benchmark — ${ENTITIES} entities, ${REGRESSIONS} services' facts dropped, batches of ${BATCH}, ${
      POSTGRES ? 'PostgreSQL' : 'SQLite (database file)'
    }, ${NOTIFY_LATENCY} ms per notification`,
  );
  console.log(`| measure | notifications on | off |\n|---|---|---|`);
  console.log(`| cold full run | ${s(on.coldMs)} | ${s(off.coldMs)} |`);
  console.log(
    `| run with the regressions (entities changed) | ${s(on.secondMs)} (${
      on.changedEntities
    }) | ${s(off.secondMs)} (${off.changedEntities}) |`,
  );
  console.log(
    `| notifications sent (distinct scopes, severity high) | ${on.notifications} (${on.uniqueScopes}, ${on.highSeverity}) | ${off.notifications} |`,
  );
  console.log(
    `| first / last notification after the run started | ${s(on.firstMs)} / ${s(
      on.lastMs,
    )} | – |`,
  );
  console.log(
    `| from the run's last write (finishedAt) to its end (listeners, history pruning) | ${s(
      on.tailMs,
    )} | ${s(off.tailMs)} |`,
  );
  console.log(
    `| **added time** (second run on − off) | ${s(
      on.secondMs - off.secondMs,
    )} | |`,
  );
}

interface TeamChange {
  answerMs: number;
  reflectedMs: number;
  reevaluating: number;
  matching: number;
}

/**
 * Times a team attestation on the org group and its revocation: from the
 * request to the answer, and to the end of the background re-evaluation
 * (the `entity` run it records); then counts the components whose stored
 * result is as expected (passed and inherited from the org; then not passed).
 */
async function benchTeamAttestation(
  url: string,
  token: string,
  entities: Entity[],
): Promise<{ attest: TeamChange; revoke: TeamChange }> {
  const headers = { authorization: token, 'content-type': 'application/json' };
  const components = entities.filter(e => e.kind === 'Component');
  const finishedRunAfter = async (since: string) => {
    for (;;) {
      const runs = (await (
        await fetch(`${url}/runs?limit=5`, { headers })
      ).json()) as any;
      const done = runs.items.find(
        (r: any) =>
          r.trigger === 'entity' && r.startedAt >= since && r.finishedAt,
      );
      if (done) return done;
      await new Promise(resolve => setTimeout(resolve, 10));
    }
  };
  const countMatching = async (passed: boolean) => {
    let matching = 0;
    for (let i = 0; i < components.length; i += 50) {
      const results = await Promise.all(
        components.slice(i, i + 50).map(async e => {
          const { name } = e.metadata;
          const body = (await (
            await fetch(
              `${url}/entities/component/default/${name}/scorecard?model=team-bench&view=results`,
              { headers },
            )
          ).json()) as any;
          const check = body.checks?.find(
            (c: any) => c.checkId === 'team-bench-review',
          );
          return passed
            ? check?.status === 'passed' &&
                check.value?.inheritedFrom === 'group:default/org'
            : check?.status !== 'passed';
        }),
      );
      matching += results.filter(Boolean).length;
    }
    return matching;
  };
  const change = async (
    send: () => Promise<Response>,
    passed: boolean,
  ): Promise<TeamChange> => {
    const since = new Date().toISOString();
    const start = performance.now();
    const res = await send();
    const answerMs = performance.now() - start;
    const body = (await res.json()) as any;
    if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body)}`);
    await finishedRunAfter(since);
    const reflectedMs = performance.now() - start;
    return {
      answerMs,
      reflectedMs,
      reevaluating: body.reevaluating,
      matching: await countMatching(passed),
    };
  };
  let attestationId = '';
  const attest = await change(async () => {
    const res = await fetch(`${url}/attestations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        entityRef: 'group:default/org',
        checkId: 'team-bench-review',
        evidenceUrl: 'https://wiki.example/reviews',
        model: 'team-bench',
      }),
    });
    attestationId = ((await res.clone().json()) as any).id;
    return res;
  }, true);
  const revoke = await change(
    () =>
      fetch(`${url}/attestations/${attestationId}?reason=bench`, {
        method: 'DELETE',
        headers,
      }),
    false,
  );
  return { attest, revoke };
}

/**
 * Creates a campaign over every component under the org, reads its progress
 * once (cold), then loads it warm with many clients and with one.
 */
async function benchCampaign(url: string, token: string) {
  const headers = { authorization: token, 'content-type': 'application/json' };
  await createBenchCampaign(url, token);
  const start = performance.now();
  const first = await fetch(`${url}/campaigns/${BENCH_CAMPAIGN_ID}/progress`, {
    headers,
  });
  const text = await first.text();
  const firstMs = performance.now() - start;
  if (!first.ok) throw new Error(`progress: ${first.status} ${text}`);
  const progress = JSON.parse(text);
  const loaded = await load(url, token, 'campaign-progress');
  const alone = await load(url, token, 'campaign-progress', 1);
  // every entity as CSV, warm (the snapshot the pages came from)
  const csvStart = performance.now();
  const csv = await fetch(
    `${url}/campaigns/${BENCH_CAMPAIGN_ID}/entities.csv`,
    { headers },
  );
  const csvText = await csv.text();
  const csvMs = performance.now() - csvStart;
  if (!csv.ok) throw new Error(`entities.csv: ${csv.status} ${csvText}`);
  return {
    firstMs,
    csvMs,
    csvBytes: Buffer.byteLength(csvText),
    csvLines: csvText.split('\r\n').length - 2,
    entityTotal: progress.entityTotal as number,
    pageEntities: progress.entities.length as number,
    bytes: text.length,
    inScope: progress.inScope as number,
    meeting: progress.meeting as number,
    burnupDays: progress.burnup.length as number,
    loaded,
    alone,
  };
}

/** `--report`: a system whose parts are the first services. */
function addReportSystem(entities: Entity[]) {
  const parts = entities
    .filter(e => e.kind === 'Component')
    .slice(0, REPORT_PARTS);
  for (const part of parts) {
    part.relations = [
      ...(part.relations ?? []),
      { type: 'partOf', targetRef: 'system:default/bench-system' },
    ];
  }
  entities.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'bench-system', namespace: 'default' },
    spec: { owner: 'dept-0' },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/dept-0' },
      ...parts.map(part => ({
        type: 'hasPart',
        targetRef: stringifyEntityRef(part),
      })),
    ],
  });
}

/** `--report`: times report generation (JSON, HTML) and saving. */
async function benchReport(url: string, token: string) {
  const headers = { authorization: token, 'content-type': 'application/json' };
  const time = async (path: string, init?: RequestInit) => {
    const start = performance.now();
    const res = await fetch(`${url}${path}`, { headers, ...init });
    const text = await res.text();
    const ms = performance.now() - start;
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
    return { ms, bytes: Buffer.byteLength(text) };
  };
  const measure = async (name: string, path: string, init?: RequestInit) => {
    const first = await time(path, init);
    const rest = [];
    for (let i = 0; i < 3; i++) rest.push((await time(path, init)).ms);
    rest.sort((a, b) => a - b);
    return { name, firstMs: first.ms, medianMs: rest[1], bytes: first.bytes };
  };
  return [
    await measure(
      `system (${REPORT_PARTS} parts), JSON`,
      '/reports/system/default/bench-system',
    ),
    await measure(
      `system (${REPORT_PARTS} parts), HTML`,
      '/reports/system/default/bench-system?format=html',
    ),
    await measure(
      `org group (${REPORT_ENTITIES} components + groups), JSON`,
      '/reports/group/default/org',
    ),
    await measure(
      `org group (${REPORT_ENTITIES} components + groups), HTML`,
      '/reports/group/default/org?format=html',
    ),
    await measure(
      `org group, Markdown`,
      '/reports/group/default/org?format=markdown',
    ),
    await measure(`org group, save (POST /reports)`, '/reports', {
      method: 'POST',
      body: JSON.stringify({ scope: 'group:default/org' }),
    }),
  ];
}

main().then(
  // the catalog mock and the scheduler keep timers alive
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
