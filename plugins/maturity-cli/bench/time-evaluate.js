/*
 * Times `maturity evaluate` (the real executable, as a process) on a generated
 * catalog: one warm-up run, then `runs` timed runs per scenario. Prints the
 * median and best wall-clock time and the median and best CPU time of the
 * process (user + system, all threads): on a busy machine the wall clock
 * includes waiting for a CPU, the CPU time does not.
 *
 * Usage: node bench/time-evaluate.js <dir with catalog-info.yaml and facts.yaml> [runs]
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const TARGET_SECONDS = 2;
const bin = path.resolve(__dirname, '..', 'bin', 'maturity');
const preload = path.resolve(__dirname, 'report-usage.js');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main() {
  const dir = process.argv[2];
  const runs = Number(process.argv[3] ?? 5);
  if (!dir || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: node bench/time-evaluate.js <dir> [runs]\n');
    process.exitCode = 2;
    return;
  }
  const catalog = path.join(dir, 'catalog-info.yaml');
  const facts = path.join(dir, 'facts.yaml');
  const count = (fs.readFileSync(catalog, 'utf8').match(/^kind: /gm) ?? [])
    .length;
  const usageFile = path.join(dir, 'cpu-usage.txt');
  const scenarios = [
    ['startup only (-V)', ['-V']],
    ['table', ['evaluate', catalog, '-q']],
    ['json', ['evaluate', catalog, '--format', 'json', '-q']],
    ['markdown', ['evaluate', catalog, '--format', 'markdown', '-q']],
    ['table + --facts', ['evaluate', catalog, '--facts', facts, '-q']],
  ];

  const load = os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(', ');
  process.stdout.write(
    `maturity evaluate on ${count} entities; node ${process.version}, ${
      os.cpus().length
    } CPUs, load average ${load}; ${runs} runs each after a warm-up run\n`,
  );
  const medians = [];
  const cpuMedians = [];
  for (const [name, args] of scenarios) {
    const wall = [];
    const cpu = [];
    let outputBytes = 0;
    for (let i = 0; i <= runs; i++) {
      fs.writeFileSync(usageFile, '');
      const started = process.hrtime.bigint();
      const result = spawnSync(
        process.execPath,
        ['-r', preload, bin, ...args],
        {
          maxBuffer: 1024 * 1024 * 1024,
          env: { ...process.env, MATURITY_BENCH_USAGE_FILE: usageFile },
        },
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.status !== 0) {
        process.stderr.write(
          `${name}: exit ${result.status}\n${result.stderr}\n`,
        );
        process.exitCode = 1;
        return;
      }
      outputBytes = result.stdout.length;
      if (i > 0) {
        wall.push(seconds);
        cpu.push(Number(fs.readFileSync(usageFile, 'utf8').trim()));
      }
    }
    const wallMedian = median(wall);
    if (name !== 'startup only (-V)') {
      medians.push(wallMedian);
      cpuMedians.push(median(cpu));
    }
    process.stdout.write(
      `  ${name.padEnd(18)} wall ${wallMedian.toFixed(2)} s (best ${Math.min(
        ...wall,
      ).toFixed(2)}), cpu ${median(cpu).toFixed(2)} s (best ${Math.min(
        ...cpu,
      ).toFixed(2)})  (wall runs: ${wall
        .map(t => t.toFixed(2))
        .join(', ')}; output ${(outputBytes / 1e6).toFixed(1)} MB)\n`,
    );
  }
  const worst = Math.max(...medians);
  const worstCpu = Math.max(...cpuMedians);
  process.stdout.write(
    `slowest evaluate median: ${worst.toFixed(2)} s wall, ${
      worst < TARGET_SECONDS ? 'within' : 'over'
    } the ${TARGET_SECONDS} s target; slowest CPU median ${worstCpu.toFixed(
      2,
    )} s (the wall time of an idle machine, roughly)\n`,
  );
}

main();
