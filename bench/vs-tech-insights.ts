/*
 * Benchmark against the peer: the default model's checks that both engines
 * can express, run by our engine and by TechInsights' JSON-rules-engine fact
 * checker (jsonfc) over the same facts, for 1 000 and 10 000 generated
 * entities. Prints each engine's time, checks per second and how many times
 * longer jsonfc takes, for our check evaluation alone (evaluateChecks, the
 * work jsonfc does) and with scoring (evaluateEntity), and the agreement of
 * their results; exits with 1 when they disagree.
 *
 * Run: corepack yarn bench:vs-tech-insights   [sizes] [runs] [seed]
 *      e.g. corepack yarn bench:vs-tech-insights 1000,10000 5 42
 */
import os from 'os';
import {
  BENCH_NOW,
  compareResults,
  countPassedByJsonfc,
  countPassedByOurChecks,
  countPassedByOurEvaluation,
  generateEntities,
  loadDefaultModel,
  median,
  runJsonfc,
  runOurs,
  setUpComparison,
  type Comparison,
} from '@internal/bench';

const SIZES = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.argv[3] ?? 5);
const SEED = Number(process.argv[4] ?? 42);

const format = (n: number) => Math.round(n).toLocaleString('en-US');

/** Runs `pass` once to warm up, then RUNS times; median wall and CPU ms. */
async function measure(pass: () => unknown) {
  await pass();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await pass();
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** Checks agreement; returns the number of disagreements. */
async function agreementOf(comparison: Comparison): Promise<number> {
  const checkIds = comparison.compiled.checks.map(c => c.check.id);
  const result = compareResults(
    checkIds,
    comparison.refs,
    runOurs(comparison),
    await runJsonfc(comparison),
  );
  console.log(
    `  agreement: ${format(result.agreed)} of ${format(
      result.compared,
    )} results decided by both are equal; both not applicable ${format(
      result.notApplicable,
    )}, neither decided (a fact missing) ${format(
      result.neitherDecided,
    )}, decided by ours only (jsonfc skips a check when any fact it names is missing) ${format(
      result.decidedByOursOnly,
    )}; disagreements ${result.disagreements.length}`,
  );
  for (const d of result.disagreements.slice(0, 10)) {
    console.log(
      `    ${d.entityRef} ${d.checkId}: ours ${d.ours}, jsonfc ${d.jsonfc}`,
    );
  }
  if (comparison.problems.length > 0)
    console.log(
      `  jsonfc logged: ${comparison.problems.slice(0, 5).join('; ')}`,
    );
  return result.disagreements.length;
}

async function main() {
  const model = loadDefaultModel();
  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${
      os.cpus().length
    } CPUs, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}; seed ${SEED}, median of ${RUNS} runs after 1 warm-up run`,
  );
  const rows: string[] = [];
  let disagreements = 0;
  for (const size of SIZES) {
    const comparison = await setUpComparison(
      model,
      generateEntities(size, SEED),
      BENCH_NOW,
    );
    const { checks, excluded } = comparison.translation;
    if (size === SIZES[0]) {
      console.log(
        `${checks.length} of ${
          checks.length + excluded.length
        } checks of model ${model.id} compared; left out:`,
      );
      const reasons = new Map<string, string[]>();
      for (const { checkId, reason } of excluded)
        reasons.set(reason, [...(reasons.get(reason) ?? []), checkId]);
      for (const [reason, ids] of reasons)
        console.log(`  ${ids.length} × ${reason}: ${ids.join(', ')}`);
    }
    console.log(`${format(size)} entities:`);
    disagreements += await agreementOf(comparison);

    const evaluations = size * checks.length;
    // Each engine's own per-check results, entity by entity, counted and
    // dropped; turning them into statuses for the agreement above is not timed.
    const engines = [
      [
        'ours: evaluateChecks (check results)',
        await measure(() => countPassedByOurChecks(comparison)),
      ],
      [
        'ours: evaluateEntity (check results + scores)',
        await measure(() => countPassedByOurEvaluation(comparison)),
      ],
      [
        'TechInsights jsonfc: runChecks',
        await measure(() => countPassedByJsonfc(comparison)),
      ],
    ] as const;
    const jsonfc = engines[2][1];
    for (const [engine, t] of engines) {
      rows.push(
        `| ${format(size)} | ${checks.length} | ${engine} | ${format(
          t.wall,
        )} ms | ${format(t.cpu)} ms | ${format(
          (evaluations / t.cpu) * 1000,
        )} | ${(jsonfc.wall / t.wall).toFixed(1)}× / ${(
          jsonfc.cpu / t.cpu
        ).toFixed(1)}× |`,
      );
    }
  }
  console.log(
    '\n| entities | checks | engine | wall time | CPU time | checks/s (CPU) | jsonfc time ÷ this (wall / CPU) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(
    `load average after: ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
  if (disagreements > 0) {
    console.error(`${disagreements} disagreements`);
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
