/*
 * Production frontend benchmark: builds the demo app (packages/app) for
 * production, starts the demo backend on it (bench/demoBackend.ts: the app
 * backend serves the build on the backend's origin; SQLite in a temporary
 * directory), waits for a full evaluation of the demo catalog, then times in
 * headless Chromium (bench/pageLoads.ts) navigation → usable for an entity's
 * Maturity tab, a group's Maturity tab and /maturity: the median of `--runs`
 * loads each, every load with a cold cache. Also prints the plugin's chunk
 * sizes from the build's source maps (chunkSizesFromSourceMaps of
 * @internal/bench) and, with --stats, from its bundle stats with the chunks
 * each lazy part loads with it (pluginChunkSizes).
 *
 *   corepack yarn bench:frontend                     # 5 loads each, port 7017
 *   corepack yarn bench:frontend --runs 3 --port 7027 --skip-build
 *   corepack yarn bench:frontend --stats             # + chunks loaded together
 *
 * Options: --runs N (5), --port P (7017; frontend and API on one origin),
 * --skip-build (use packages/app/dist as built), --stats (build with bundle
 * stats: ~200 MB of JSON whose writing took from 1 min to over 5 min on the
 * shared machine; removed once read, as the backend serves packages/app/dist),
 * --chromium PATH (/usr/bin/chromium), --timeout S (60, per load),
 * --milestones (also where each page's time went: the median page-clock time
 * of the scripts run, the session refreshed, the entity read and the
 * maturity API calls, from the browser's resource timing).
 */
import {
  ChunkFileSizes,
  chunkSizesFromSourceMaps,
  ChunkSizes,
  median,
  pluginChunkSizes,
} from '@internal/bench';
import { spawn } from 'node:child_process';
import { existsSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoBackend, waitForEvaluation } from './demoBackend';
import {
  PageLoadTimes,
  PageMilestones,
  PageUnderTest,
  timePageLoads,
} from './pageLoads';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const PORT = Number(option('port', '7017'));
const SKIP_BUILD = args.includes('--skip-build');
const STATS = args.includes('--stats');
const CHROMIUM = option('chromium', '/usr/bin/chromium');
const TIMEOUT_MS = Number(option('timeout', '60')) * 1000;
const MILESTONES = args.includes('--milestones');
/** Navigation → usable, per page (median). */
const TARGET_MS = 1500;

const ROOT = resolve(__dirname, '..');
const APP = join(ROOT, 'packages/app');

/** The pages timed, in the demo catalog (examples/). */
const PAGES: PageUnderTest[] = [
  {
    name: 'entity Maturity tab (component:default/quickpay-gateway)',
    path: '/catalog/default/component/quickpay-gateway/maturity',
    usable: page => [
      page.getByRole('region', { name: 'Overall level (weakest domain)' }),
      // the domains' summaries, which open to their checks
      page.getByRole('button', { name: /Level \d/ }).first(),
    ],
  },
  {
    name: 'group Maturity tab (group:default/retail-banking-technology)',
    path: '/catalog/default/group/retail-banking-technology/maturity',
    usable: page => [
      page.getByText(/^Maturity of Retail Banking Technology/),
      page.getByText(/^Entities \(\d+\)$/),
    ],
  },
  {
    name: '/maturity (org heatmap)',
    path: '/maturity',
    usable: page => [
      page
        .getByRole('table', {
          name: 'Average maturity level per group and domain',
        })
        .getByRole('button', { name: /^Drill into / })
        .first(),
    ],
  },
];

/**
 * `backstage-cli package build` in packages/app, with `--stats` (the bundle
 * stats the chunk sizes are read from) when `stats`; its duration.
 */
function buildApp(logFile: string, stats: boolean): Promise<number> {
  const start = performance.now();
  const log = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      require.resolve('@backstage/cli/bin/backstage-cli'),
      'package',
      'build',
      ...(stats ? ['--stats'] : []),
    ],
    { cwd: APP, stdio: ['ignore', log, log] },
  );
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', code =>
      code === 0
        ? done(performance.now() - start)
        : fail(new Error(`the app build failed (${code}); see ${logFile}`)),
    );
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printChunkFiles(parts: ChunkFileSizes[]) {
  console.log(
    '| plugin part (source maps) | files | raw | gzipped | plugin source in it (TypeScript) |',
  );
  console.log('|---|---|---|---|---|');
  for (const p of parts) {
    console.log(
      `| ${p.part} | ${p.files
        .map(f => f.replace('static/', ''))
        .join(', ')} | ${kb(p.bytes)} | ${kb(p.gzipBytes)} | ${kb(
        p.pluginSourceBytes,
      )} |`,
    );
  }
}

function printChunks(chunks: ChunkSizes[]) {
  console.log(
    '| plugin part | files | raw | gzipped | plugin source in it (unminified) | loaded with it: raw / gzipped |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const c of chunks) {
    console.log(
      `| ${c.part} | ${c.files
        .map(f => f.replace('static/', ''))
        .join(', ')} | ${kb(c.bytes)} | ${kb(c.gzipBytes)} | ${kb(
        c.pluginSourceBytes,
      )} | ${c.siblingFiles.length} files: ${kb(c.siblingBytes)} / ${kb(
        c.siblingGzipBytes,
      )} |`,
    );
  }
}

const MILESTONE_COLUMNS: Array<[keyof PageMilestones, string]> = [
  ['scriptsRun', 'initial scripts run (DOMContentLoaded)'],
  ['sessionRefreshed', 'session refreshed'],
  ['entityRequested', 'catalog entity asked'],
  ['entityRead', 'catalog entity read'],
  ['firstMaturityRequest', 'first maturity request'],
  ['lastMaturityAnswer', 'last maturity answer'],
];

/** Where the time of the loads went: the median of each milestone per page. */
function printMilestones(times: Map<string, PageLoadTimes[]>) {
  console.log('');
  console.log(
    `| page | ${MILESTONE_COLUMNS.map(([, title]) => title).join(
      ' | ',
    )} | usable | maturity requests |`,
  );
  console.log(`|---|${MILESTONE_COLUMNS.map(() => '---|').join('')}---|---|`);
  for (const [name, loads] of times) {
    const of = (key: keyof PageMilestones) => {
      const values = loads
        .map(l => l.milestones?.[key])
        .filter((v): v is number => v !== undefined);
      return values.length ? `${Math.round(median(values))} ms` : '–';
    };
    console.log(
      `| ${name} | ${MILESTONE_COLUMNS.map(([key]) => of(key)).join(
        ' | ',
      )} | ${Math.round(median(loads.map(l => l.usableMs)))} ms | ${of(
        'maturityRequests',
      ).replace(' ms', '')} |`,
    );
  }
}

async function main() {
  if (!(RUNS >= 1) || !(PORT > 0)) {
    throw new Error('--runs and --port must be positive numbers');
  }
  const logs = tmpdir();
  let buildMs: number | undefined;
  if (!SKIP_BUILD) {
    console.error(
      `building packages/app (log: ${join(logs, 'bench-frontend-build.log')})`,
    );
    buildMs = await buildApp(join(logs, 'bench-frontend-build.log'), STATS);
  }
  const chunkFiles = chunkSizesFromSourceMaps(join(APP, 'dist'));
  const statsFile = join(APP, 'dist', 'bundle-stats.json');
  let chunks: ChunkSizes[] | undefined;
  if (STATS && existsSync(statsFile)) {
    chunks = pluginChunkSizes(join(APP, 'dist'));
  } else if (STATS) {
    console.error(`no ${statsFile}: build without --skip-build for them`);
  }
  rmSync(statsFile, { force: true });
  const backendLog = join(logs, 'bench-frontend-backend.log');
  console.error(
    `starting the demo backend on port ${PORT} (log: ${backendLog})`,
  );
  const backend = await startDemoBackend({ port: PORT, logFile: backendLog });
  let times: Map<string, PageLoadTimes[]>;
  try {
    await waitForEvaluation(backend.baseUrl);
    console.error(`demo catalog evaluated; timing ${RUNS} loads of each page`);
    times = await timePageLoads({
      baseUrl: backend.baseUrl,
      executablePath: CHROMIUM,
      pages: PAGES,
      runs: RUNS,
      timeoutMs: TIMEOUT_MS,
      milestones: MILESTONES,
    });
  } finally {
    await backend.stop();
  }

  console.log(
    `production frontend benchmark — demo catalog, SQLite, headless Chromium (${CHROMIUM}), ${RUNS} cold loads per page${
      buildMs === undefined
        ? ''
        : `; app build ${(buildMs / 1000).toFixed(0)} s`
    }`,
  );
  console.log(
    '| page | median navigation → usable (page clock) | min / max | target | median seen by Playwright (polls ≤ 500 ms apart) |',
  );
  console.log('|---|---|---|---|---|');
  const rows = PAGES.map(p => {
    const loads = times.get(p.name)!;
    const usable = loads.map(l => Math.round(l.usableMs));
    const detected = loads.map(l => Math.round(l.detectedMs));
    return {
      page: p.name,
      medianMs: Math.round(median(usable)),
      loadsMs: usable,
      detectedMedianMs: Math.round(median(detected)),
      detectedLoadsMs: detected,
    };
  });
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.medianMs} ms | ${Math.min(...r.loadsMs)} / ${Math.max(
        ...r.loadsMs,
      )} ms | ≤ ${TARGET_MS} ms: ${
        r.medianMs <= TARGET_MS ? 'met' : 'NOT met'
      } | ${r.detectedMedianMs} ms |`,
    );
  }
  if (MILESTONES) printMilestones(times);
  console.log('');
  printChunkFiles(chunkFiles);
  if (chunks) {
    console.log('');
    printChunks(chunks);
  }
  console.log(
    JSON.stringify({
      bench: 'frontend',
      runs: RUNS,
      buildMs,
      pages: rows,
      chunkFiles,
      chunks,
    }),
  );
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
