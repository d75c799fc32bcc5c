/*
 * `bench:refresh --scale`: the maturity backend at scale (issue #18), e.g.
 * 100 000 entities under 2 000 nested groups on PostgreSQL:
 *
 *   NODE_OPTIONS="--max-old-space-size=256" corepack yarn bench:refresh \
 *     --scale --postgres --entities 100000 --groups 2000
 *
 * The backend runs as its own process (bench/backendProcess.ts; it inherits
 * NODE_OPTIONS, so the heap cap applies to it), and the generated catalog
 * and facts in another (bench/catalogProcess.ts, read over HTTP), so that the
 * backend's memory is the plugin's. Its RSS is sampled from
 * /proc every 100 ms throughout, and its kernel high-water mark (VmHWM) read
 * at the end. Measured in turn: a cold full run, a run with nothing changed
 * (wall time, CPU seconds of the backend and of the PostgreSQL server
 * processes), then, after the bench campaign's creation and its first
 * (cold) progress read, the org rollup and the campaign progress each under
 * an open-loop load (bench/openLoopClient.ts) at a fixed rate. Prints a table
 * with the targets, the load average at each step, and one JSON line.
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import knexFactory from 'knex';
import { BENCH_CAMPAIGN_ID, createBenchCampaign } from './campaign';
import { processCpuSeconds } from './cpuTime';
import { createBenchDatabase, benchKnex } from './database';
import { OpenLoopResult, runLoadProcess } from './loadProcess';
import { SpawnedBackend, spawnBackend, spawnReady } from './spawnBackend';

/** Options of the scale mode (from bench/refresh.ts's arguments). */
export interface ScaleOptions {
  entities: number;
  groups: number;
  batch: number;
  cacheSeconds?: number;
  postgres: boolean;
  /** Seconds of each open-loop load. */
  seconds: number;
  /** Offered rate of the org rollup load, req/s. */
  rollupRate: number;
  /** Offered rate of the campaign progress load, req/s. */
  campaignRate: number;
  /** Where the backend writes a CPU profile (node --cpu-prof), if anywhere. */
  cpuProfDir?: string;
  /** More node options of the backend, e.g. --heapsnapshot-signal=SIGUSR2. */
  backendNodeArgs?: string[];
}

/** The issue's targets (100 000 entities). */
const TARGETS = {
  coldSeconds: 180,
  unchangedSeconds: 45,
  peakRssMb: 450,
  rollupP95Ms: 100,
  rollupRate: 50,
};

/** Samples a process's resident set size from /proc. */
class RssSampler {
  private timer?: NodeJS.Timeout;
  /** The highest sample since the last `phase()`. */
  private phasePeak = 0;
  peak = 0;

  constructor(private readonly pid: number, intervalMs = 100) {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  /** The resident set size now, MB (0 once the process ended). */
  sample(): number {
    const mb = statusField(this.pid, 'VmRSS');
    this.peak = Math.max(this.peak, mb);
    this.phasePeak = Math.max(this.phasePeak, mb);
    return mb;
  }

  /** The peak of the phase that ends now; starts the next one. */
  phase(): number {
    this.sample();
    const peak = this.phasePeak;
    this.phasePeak = 0;
    return peak;
  }

  stop() {
    clearInterval(this.timer);
  }
}

/** A `kB` field of /proc/<pid>/status, in MB. */
function statusField(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The 1-minute load average now. */
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

/** A measured step: wall time and CPU seconds of backend and database. */
interface Step {
  wallMs: number;
  backendCpu: number;
  databaseCpu?: number;
  peakRssMb: number;
  /** Load average at the start and the end. */
  load: [string, string];
}

/** Runs the scale benchmark and prints its table and JSON line. */
export async function benchScale(options: ScaleOptions): Promise<void> {
  const database = await createBenchDatabase({ postgres: options.postgres });
  const stats = options.postgres ? benchKnex(database, 1) : undefined;
  let backend: SpawnedBackend | undefined;
  let catalog: Awaited<ReturnType<typeof spawnReady>> | undefined;
  let sampler: RssSampler | undefined;
  try {
    // the catalog's own process, without the backend's heap cap
    catalog = await spawnReady(
      'catalogProcess.ts',
      { entities: options.entities, groups: options.groups },
      { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } },
    );
    const startedAt = performance.now();
    backend = await spawnBackend(
      {
        entities: options.entities,
        groups: options.groups,
        batch: options.batch,
        cacheSeconds: options.cacheSeconds,
        database,
        catalogUrl: `http://127.0.0.1:${catalog.port}`,
      },
      {
        execArgv: [
          ...(options.cpuProfDir
            ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`]
            : []),
          ...(options.backendNodeArgs ?? []),
        ],
      },
    );
    const startMs = performance.now() - startedAt;
    sampler = new RssSampler(backend.pid);
    const rssAtStart = sampler.phase();
    const token = mockCredentials.user.header('user:default/bench');
    const url = backend.url;
    const pid = backend.pid;

    const step = async (work: () => Promise<unknown>): Promise<Step> => {
      const load0 = loadAverage();
      const cpu0 = processCpuSeconds(pid);
      const db0 = await databaseCpu(stats);
      const t0 = performance.now();
      await work();
      const wallMs = performance.now() - t0;
      const db1 = await databaseCpu(stats);
      return {
        wallMs,
        backendCpu: processCpuSeconds(pid) - cpu0,
        databaseCpu: db0 === undefined ? undefined : db1! - db0,
        peakRssMb: sampler!.phase(),
        load: [load0, loadAverage()],
      };
    };
    const fullRun = () => postRun(url, token);
    const cold = await step(fullRun);
    const unchanged = await step(fullRun);
    const runs = (await (
      await fetch(`${url}/runs?limit=2`, { headers: { authorization: token } })
    ).json()) as any;
    const rssAfterRuns = sampler.sample();

    const loadCommon = {
      urls: [url],
      token,
      entities: options.entities,
      departments: 10,
      campaign: BENCH_CAMPAIGN_ID,
      seconds: options.seconds,
      maxSockets: 64,
    };
    const firstRollup = await step(() => get(url, token, '/rollups'));
    let rollup: OpenLoopResult | undefined;
    const rollupStep = await step(async () => {
      rollup = await runLoadProcess<OpenLoopResult>('openLoopClient.ts', {
        ...loadCommon,
        paths: 'rollup',
        rate: options.rollupRate,
      });
    });
    let campaign: CampaignFigures | string;
    try {
      await createBenchCampaign(url, token);
      const firstProgress = await step(() =>
        get(url, token, `/campaigns/${BENCH_CAMPAIGN_ID}/progress`),
      );
      let progress: OpenLoopResult | undefined;
      const progressStep = await step(async () => {
        progress = await runLoadProcess<OpenLoopResult>('openLoopClient.ts', {
          ...loadCommon,
          paths: 'campaign-progress',
          rate: options.campaignRate,
        });
      });
      campaign = { firstProgress, progressStep, progress: progress! };
    } catch (error) {
      // the figures so far still count; say why the campaign part failed
      await new Promise(resolve => setTimeout(resolve, 1000));
      campaign = `${error}; ${backend.ended() ?? 'backend still running'}`;
    }
    sampler.stop();
    const peakSampled = sampler.peak;
    const highWaterMark = statusField(pid, 'VmHWM');
    printScale(options, {
      startMs,
      rssAtStart,
      rssAfterRuns,
      cold,
      unchanged,
      coldChanged: runs.items[1]?.changedEntities,
      unchangedChanged: runs.items[0]?.changedEntities,
      firstRollup,
      rollupStep,
      rollup: rollup!,
      campaign,
      peakSampled,
      highWaterMark,
    });
  } finally {
    sampler?.stop();
    await backend?.stop();
    await catalog?.stop();
    await stats?.destroy();
    await database.drop();
  }
}

async function databaseCpu(
  stats: ReturnType<typeof knexFactory> | undefined,
): Promise<number | undefined> {
  if (!stats) return undefined;
  const { rows } = await stats.raw(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  return (rows as Array<{ pid: number }>).reduce(
    (sum, row) => sum + processCpuSeconds(row.pid),
    0,
  );
}

/**
 * `POST /runs`, answered once the run ended; over node:http, which unlike
 * fetch has no time limit for the answer's headers (a run of 100 000
 * entities takes minutes).
 */
function postRun(url: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/runs`,
      { method: 'POST', headers: { authorization: token } },
      res => {
        let body = '';
        res.on('data', chunk => {
          body += chunk;
        });
        res.on('end', () =>
          res.statusCode === 202
            ? resolve()
            : reject(new Error(`full run failed: ${res.statusCode} ${body}`)),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function get(url: string, token: string, path: string) {
  const res = await fetch(`${url}${path}`, {
    headers: { authorization: token },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
}

interface CampaignFigures {
  firstProgress: Step;
  progressStep: Step;
  progress: OpenLoopResult;
}

interface ScaleFigures {
  startMs: number;
  rssAtStart: number;
  rssAfterRuns: number;
  cold: Step;
  unchanged: Step;
  coldChanged?: number;
  unchangedChanged?: number;
  firstRollup: Step;
  rollupStep: Step;
  rollup: OpenLoopResult;
  /** The campaign's figures, or why they could not be taken. */
  campaign: CampaignFigures | string;
  peakSampled: number;
  highWaterMark: number;
}

function printScale(options: ScaleOptions, f: ScaleFigures) {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const cpu = (st: Step) =>
    `backend ${st.backendCpu.toFixed(1)} s${
      st.databaseCpu === undefined
        ? ''
        : st.databaseCpu < 0
        ? ', PostgreSQL n/a (pooled connections closed meanwhile)'
        : `, PostgreSQL ${st.databaseCpu.toFixed(1)} s`
    }`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const ms = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} ms`);
  const open = (r: OpenLoopResult) =>
    `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)} (${
      r.achievedRps
    } req/s achieved of ${r.offeredRps}, ${r.errors} errors, ${
      r.non2xx
    } non-2xx, ${r.late} late)`;
  const nodeOptions = process.env.NODE_OPTIONS ?? '(none)';
  console.log(
    `scale benchmark — ${options.entities} entities, ${
      options.groups
    } groups, batches of ${options.batch}, ${
      options.postgres ? 'PostgreSQL' : 'SQLite (database file)'
    }, backend NODE_OPTIONS ${nodeOptions}, read cache ${
      options.cacheSeconds ?? 15
    } s; backend ready after ${s(f.startMs)}`,
  );
  console.log('| measure | value | load average (start → end) | target |');
  console.log('|---|---|---|---|');
  const coldOk = f.cold.wallMs <= TARGETS.coldSeconds * 1000;
  const unchangedOk = f.unchanged.wallMs <= TARGETS.unchangedSeconds * 1000;
  const peak = Math.max(f.peakSampled, f.highWaterMark);
  const rollupOk =
    f.rollup.p95 !== null &&
    f.rollup.p95 <= TARGETS.rollupP95Ms &&
    f.rollup.errors + f.rollup.non2xx === 0 &&
    options.rollupRate >= TARGETS.rollupRate;
  const loads = (st: Step) => `${st.load[0]} → ${st.load[1]}`;
  console.log(
    `| cold full run | ${s(f.cold.wallMs)} (${
      f.coldChanged
    } entities changed; CPU: ${cpu(
      f.cold,
    )}; peak RSS ${f.cold.peakRssMb.toFixed(0)} MB) | ${loads(f.cold)} | ≤ ${
      TARGETS.coldSeconds
    } s: ${verdict(coldOk)} |`,
  );
  console.log(
    `| unchanged run | ${s(f.unchanged.wallMs)} (${
      f.unchangedChanged
    } entities changed; CPU: ${cpu(
      f.unchanged,
    )}; peak RSS ${f.unchanged.peakRssMb.toFixed(0)} MB) | ${loads(
      f.unchanged,
    )} | ≤ ${TARGETS.unchangedSeconds} s: ${verdict(unchangedOk)} |`,
  );
  console.log(
    `| first org rollup read | ${f.firstRollup.wallMs.toFixed(0)} ms | ${loads(
      f.firstRollup,
    )} | – |`,
  );
  console.log(
    `| org rollup, open loop ${options.rollupRate} req/s × ${
      options.seconds
    } s | ${open(f.rollup)}; CPU: ${cpu(f.rollupStep)} | ${loads(
      f.rollupStep,
    )} | p95 ≤ ${TARGETS.rollupP95Ms} ms at ${
      TARGETS.rollupRate
    } req/s: ${verdict(rollupOk)} |`,
  );
  if (typeof f.campaign === 'string') {
    console.log(
      `| campaign progress | failed: ${f.campaign.replace(
        /\n/g,
        ' ',
      )} | – | – |`,
    );
  } else {
    const c = f.campaign;
    console.log(
      `| first campaign progress read (cold) | ${c.firstProgress.wallMs.toFixed(
        0,
      )} ms | ${loads(c.firstProgress)} | – |`,
    );
    console.log(
      `| campaign progress, open loop ${options.campaignRate} req/s × ${
        options.seconds
      } s | ${open(c.progress)}; CPU: ${cpu(c.progressStep)} | ${loads(
        c.progressStep,
      )} | – |`,
    );
  }
  console.log(
    `| backend RSS at start / after runs / peak (sampled every 100 ms; VmHWM) | ${f.rssAtStart.toFixed(
      0,
    )} / ${f.rssAfterRuns.toFixed(0)} / ${f.peakSampled.toFixed(
      0,
    )} MB; ${f.highWaterMark.toFixed(0)} MB | – | ≤ ${
      TARGETS.peakRssMb
    } MB: ${verdict(peak <= TARGETS.peakRssMb)} |`,
  );
  console.log(
    JSON.stringify({
      bench: 'scale',
      entities: options.entities,
      groups: options.groups,
      nodeOptions,
      ...f,
    }),
  );
}
