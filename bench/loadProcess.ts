/*
 * Runs a load client of the backend benchmarks in its own process, so that
 * the clients do not share the backend's event loop, and reads the one JSON
 * line it prints.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** What both load clients report (the open-loop client adds more). */
export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  meanBytes: number;
}

/** Closed loop (autocannon): N connections, each waits for its answer. */
export interface ClosedLoopResult extends LoadResult {
  requests: number;
  rps: number;
}

/** Open loop: requests on a fixed schedule; latency from the scheduled time. */
export interface OpenLoopResult extends LoadResult {
  offeredRps: number;
  achievedRps: number;
  max: number;
  sent: number;
  answered: number;
  late: number;
}

/** Runs `bench/<script>` with the options as its JSON argument. */
export function runLoadProcess<T extends LoadResult>(
  script: 'loadClient.js' | 'openLoopClient.js',
  options: object,
): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(__dirname, script), JSON.stringify(options)],
      { maxBuffer: 1 << 22 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`load client failed: ${stderr || error}`));
        else resolve(JSON.parse(stdout) as T);
      },
    );
  });
}
