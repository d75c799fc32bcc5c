/*
 * `bench:refresh --open-loop`: request latency at fixed offered rates. The
 * backend runs as its own process(es) (bench/backendProcess.ts) on one
 * database; after a cold full run (on the first instance), the bench
 * campaign's creation and a warm-up of every instance (see warmUp), each
 * endpoint is loaded
 *
 *  - saturated, closed loop: `clients` autocannon connections for `seconds`
 *    against the first instance (reported, not asserted), then
 *  - open loop at each offered rate (bench/openLoopClient.ts: latency from
 *    the scheduled send time), against one instance and, with `instances`
 *    above 1 (PostgreSQL only), round robin over all of them,
 *
 * each load in its own process. Prints a table with the targets and one JSON
 * line with every row.
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import { BENCH_CAMPAIGN_ID, createBenchCampaign } from './campaign';
import { createBenchDatabase } from './database';
import {
  ClosedLoopResult,
  LoadResult,
  OpenLoopResult,
  runLoadProcess,
} from './loadProcess';
import { SpawnedBackend, spawnBackend } from './spawnBackend';

/** Options of the open-loop mode (from bench/refresh.ts's arguments). */
export interface OpenLoopOptions {
  entities: number;
  groups: number;
  batch: number;
  cacheSeconds?: number;
  postgres: boolean;
  /** Offered rates, requests per second. */
  rates: number[];
  seconds: number;
  /** Connections of the saturated closed-loop load. */
  clients: number;
  /** Backend processes on the database; more than 1 needs PostgreSQL. */
  instances: number;
  /** Sockets per instance of the open-loop client. */
  maxSockets: number;
}

/** An endpoint under load and its latency target. */
interface Endpoint {
  paths: 'scorecard-results' | 'rollup' | 'campaign-progress' | 'group';
  name: string;
  /** p95 at most this many ms … */
  targetP95Ms: number;
  /** … at this offered rate (req/s), for 10 000 entities. */
  targetRate: number;
}

const ENDPOINTS: Endpoint[] = [
  {
    paths: 'scorecard-results',
    name: 'scorecard ?view=results',
    targetP95Ms: 15,
    targetRate: 300,
  },
  { paths: 'rollup', name: 'org rollup', targetP95Ms: 15, targetRate: 300 },
  {
    paths: 'campaign-progress',
    name: 'campaign progress',
    targetP95Ms: 50,
    targetRate: 100,
  },
  {
    paths: 'group',
    name: 'group (department) rollup',
    targetP95Ms: 50,
    targetRate: 100,
  },
];

/** One measured load. */
interface Row {
  endpoint: string;
  load: 'closed' | 'open';
  instances: number;
  offeredRps?: number;
  achievedRps: number;
  /** null when nothing was answered. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  non2xx: number;
  late?: number;
  /** Whether the p95 target holds; only at the target's rate. */
  targetMet?: boolean;
}

/** Runs the open-loop benchmark and prints its table and JSON line. */
export async function benchOpenLoop(options: OpenLoopOptions): Promise<void> {
  if (options.instances > 1 && !options.postgres) {
    throw new Error(
      `--instances ${options.instances} needs --postgres: instances share one database, which SQLite files do not support across processes`,
    );
  }
  const database = await createBenchDatabase({ postgres: options.postgres });
  const backends: SpawnedBackend[] = [];
  try {
    // one after the other: the first applies the migrations
    for (let i = 0; i < options.instances; i++) {
      backends.push(
        await spawnBackend({
          entities: options.entities,
          groups: options.groups,
          batch: options.batch,
          cacheSeconds: options.cacheSeconds,
          database,
        }),
      );
    }
    const token = mockCredentials.user.header('user:default/bench');
    const coldMs = await fullRun(backends[0].url, token);
    await createBenchCampaign(backends[0].url, token);
    await warmUp(options, backends, token);
    const rows = await measure(options, backends, token);
    printRows(options, coldMs, rows);
  } finally {
    await Promise.all(backends.map(b => b.stop()));
    await database.drop();
  }
}

async function fullRun(url: string, token: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/runs`, {
    method: 'POST',
    headers: { authorization: token },
  });
  if (res.status !== 202) {
    throw new Error(`full run failed: ${res.status} ${await res.text()}`);
  }
  return performance.now() - start;
}

/**
 * Warms every instance: a few requests of every endpoint (each instance has
 * its own read cache; the first campaign progress read computes the scope),
 * then a short closed-loop load of each endpoint, so that no measured load
 * meets code the instance's JIT has not optimized yet (the first instance
 * would otherwise be warmed by the saturated loads and the others not).
 */
async function warmUp(
  options: OpenLoopOptions,
  backends: SpawnedBackend[],
  token: string,
) {
  const paths = [
    '/rollups',
    `/campaigns/${BENCH_CAMPAIGN_ID}/progress`,
    ...Array.from(
      { length: departmentsOf(options) },
      (_, d) => `/groups/default/dept-${d}/rollup`,
    ),
    ...Array.from(
      { length: Math.min(options.entities, 20) },
      (_, i) =>
        `/entities/component/default/service-${i}/scorecard?view=results`,
    ),
  ];
  for (const backend of backends) {
    for (const path of paths) {
      const res = await fetch(`${backend.url}${path}`, {
        headers: { authorization: token },
      });
      if (!res.ok) {
        throw new Error(`warm-up ${path}: ${res.status} ${await res.text()}`);
      }
    }
    for (const endpoint of ENDPOINTS) {
      await runLoadProcess<ClosedLoopResult>('loadClient.ts', {
        ...loadPathOptions(options, token),
        url: backend.url,
        paths: endpoint.paths,
        connections: WARM_UP_CONNECTIONS,
        seconds: WARM_UP_SECONDS,
      });
    }
  }
}

/** The closed-loop warm-up load of each endpoint on each instance. */
const WARM_UP_CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;

/** What the load clients draw their paths from, and the token. */
function loadPathOptions(options: OpenLoopOptions, token: string) {
  return {
    token,
    entities: options.entities,
    departments: departmentsOf(options),
    campaign: BENCH_CAMPAIGN_ID,
  };
}

/** Departments of the generated org (bench/catalog.ts). */
const departmentsOf = (options: OpenLoopOptions) =>
  options.groups >= 100 ? 10 : 5;

async function measure(
  options: OpenLoopOptions,
  backends: SpawnedBackend[],
  token: string,
): Promise<Row[]> {
  const common = {
    ...loadPathOptions(options, token),
    seconds: options.seconds,
  };
  const instanceCounts = options.instances > 1 ? [1, options.instances] : [1];
  const rows: Row[] = [];
  for (const endpoint of ENDPOINTS) {
    const closed = await runLoadProcess<ClosedLoopResult>('loadClient.ts', {
      ...common,
      url: backends[0].url,
      paths: endpoint.paths,
      connections: options.clients,
    });
    rows.push(row(endpoint, 'closed', 1, closed, closed.rps));
    for (const instances of instanceCounts) {
      for (const rate of options.rates) {
        const open = await runLoadProcess<OpenLoopResult>('openLoopClient.ts', {
          ...common,
          urls: backends.slice(0, instances).map(b => b.url),
          paths: endpoint.paths,
          rate,
          maxSockets: options.maxSockets,
        });
        rows.push(row(endpoint, 'open', instances, open, open.achievedRps));
      }
    }
  }
  return rows;
}

const hundredths = (ms: number | null) =>
  ms === null ? ms : Math.round(ms * 100) / 100;

function row(
  endpoint: Endpoint,
  load: Row['load'],
  instances: number,
  result: LoadResult & Partial<OpenLoopResult>,
  achievedRps: number,
): Row {
  const atTargetRate =
    load === 'open' && result.offeredRps === endpoint.targetRate;
  return {
    endpoint: endpoint.name,
    load,
    instances,
    offeredRps: result.offeredRps,
    achievedRps,
    p50: hundredths(result.p50),
    p95: hundredths(result.p95),
    p99: hundredths(result.p99),
    errors: result.errors,
    non2xx: result.non2xx,
    late: result.late,
    targetMet: atTargetRate
      ? result.p95 !== null &&
        result.p95 <= endpoint.targetP95Ms &&
        result.errors + result.non2xx === 0
      : undefined,
  };
}

function printRows(options: OpenLoopOptions, coldMs: number, rows: Row[]) {
  const database = options.postgres ? 'PostgreSQL' : 'SQLite (database file)';
  console.log(
    `open-loop latency benchmark — ${options.entities} entities, ${database}, ${
      options.instances
    } backend process(es), ${options.seconds} s per load; cold full run ${(
      coldMs / 1000
    ).toFixed(2)} s${
      options.entities === 10_000 ? '' : '; the targets are for 10 000 entities'
    }`,
  );
  console.log(
    '| endpoint | load | instances | offered req/s | achieved req/s | p50 / p95 / p99 ms | errors | non-2xx | late | target |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const ms = (v: number | null) => (v === null ? 'n/a' : v.toFixed(1));
  for (const r of rows) {
    const endpoint = ENDPOINTS.find(e => e.name === r.endpoint)!;
    const target = `p95 ≤ ${endpoint.targetP95Ms} ms at ${endpoint.targetRate} req/s`;
    let verdict = '';
    if (r.load === 'closed') verdict = 'saturated: reported, not asserted';
    else if (r.targetMet === undefined) verdict = `(${target})`;
    else verdict = `${target}: ${r.targetMet ? 'met' : 'NOT met'}`;
    console.log(
      `| ${r.endpoint} | ${
        r.load === 'closed' ? `closed, ${options.clients} connections` : 'open'
      } | ${r.instances} | ${r.offeredRps ?? '–'} | ${r.achievedRps} | ${ms(
        r.p50,
      )} / ${ms(r.p95)} / ${ms(r.p99)} | ${r.errors} | ${r.non2xx} | ${
        r.late ?? '–'
      } | ${verdict} |`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'open-loop',
      entities: options.entities,
      database: options.postgres ? 'postgres' : 'sqlite-file',
      seconds: options.seconds,
      coldRunMs: Math.round(coldMs),
      rows,
    }),
  );
}
