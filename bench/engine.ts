/*
 * Benchmark of the maturity rule engine: evaluates the default CAICT model
 * against 10 000 generated entities (seeded, deterministic) and prints check
 * evaluations per second and entities per second (median of several runs,
 * after warm-up).
 *
 * Run: corepack yarn bench:engine   [entities] [runs] [seed]
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { BENCH_NOW, generateEntities, median } from '@internal/bench';
import {
  compileModel,
  evaluateEntity,
  loadModelOrThrow,
  type CheckStatus,
} from '@devops-maturity/plugin-maturity-common';

const ENTITY_COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 7);
const SEED = Number(process.argv[4] ?? 42);
const WARM_UP_RUNS = 2;
const NOW = BENCH_NOW;

const format = (n: number) => Math.round(n).toLocaleString('en-US');

function main() {
  const modelFile = path.resolve(
    __dirname,
    '../plugins/maturity-common/models/caict-devops.yaml',
  );
  const compiled = compileModel(
    loadModelOrThrow(fs.readFileSync(modelFile, 'utf8'), { source: modelFile }),
  );
  const checkCount = compiled.checks.length;
  const evidence = generateEntities(ENTITY_COUNT, SEED);

  const statuses: Record<CheckStatus, number> = {
    passed: 0,
    failed: 0,
    unknown: 0,
    waived: 0,
    'not-applicable': 0,
    error: 0,
  };
  let levelSum = 0;
  /** One pass over every entity; returns wall-clock and CPU milliseconds. */
  const pass = (count: boolean) => {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (const item of evidence) {
      const result = evaluateEntity(compiled, item, { now: NOW });
      levelSum += result.score.level ?? 0;
      if (count) for (const check of result.checks) statuses[check.status] += 1;
    }
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    return { wall, cpu: (cpu.user + cpu.system) / 1000 };
  };

  console.log(
    `maturity engine benchmark: model ${
      compiled.model.id
    } (${checkCount} checks), ${format(ENTITY_COUNT)} entities, seed ${SEED}`,
  );
  console.log(
    `node ${process.version}, ${
      os.cpus()[0]?.model ?? 'unknown CPU'
    }, single thread`,
  );
  console.log(
    `load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
  for (let i = 0; i < WARM_UP_RUNS; i++) pass(i === 0);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { wall, cpu } = pass(false);
    walls.push(wall);
    cpus.push(cpu);
    console.log(
      `  run ${i + 1}: ${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU`,
    );
  }
  const evaluations = ENTITY_COUNT * checkCount;
  const applicable = evaluations - statuses['not-applicable'];
  const report = (label: string, ms: number) => {
    console.log(
      `median ${label} of ${RUNS} runs (after ${WARM_UP_RUNS} warm-up runs): ${ms.toFixed(
        1,
      )} ms`,
    );
    console.log(
      `  entities/second:          ${format((ENTITY_COUNT / ms) * 1000)}`,
    );
    console.log(
      `  check evaluations/second: ${format(
        (evaluations / ms) * 1000,
      )} (${format(evaluations)} per run)`,
    );
    console.log(
      `  applicable checks/second: ${format(
        (applicable / ms) * 1000,
      )} (${format(applicable)} per run)`,
    );
  };
  report('wall-clock time', median(walls));
  report('CPU time', median(cpus));
  console.log(
    `statuses per run: ${Object.entries(statuses)
      .map(
        ([status, n]) => `${status} ${((n / evaluations) * 100).toFixed(1)} %`,
      )
      .join(', ')}`,
  );
  console.log(`(checksum ${levelSum})`);
}

main();
