/*
 * Runs a load client of the backend benchmarks in its own process, so that
 * the clients do not share the backend's event loop, and reads the one JSON
 * line it prints.
 */
import type { OpenLoopResult as OpenLoopFigures } from '@internal/bench';
import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** What both load clients report (the open-loop client adds more). */
export interface LoadResult {
  /** null when nothing was answered (open loop). */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  non2xx: number;
  meanBytes: number;
}

/** Closed loop (autocannon): N connections, each waits for its answer. */
export interface ClosedLoopResult extends LoadResult {
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  rps: number;
}

/** Open loop: requests on a fixed schedule; latency from the scheduled time. */
export type OpenLoopResult = LoadResult & OpenLoopFigures;

/** Runs `bench/<script>` with the options as its JSON argument. */
export function runLoadProcess<T extends LoadResult>(
  script: 'loadClient.ts' | 'openLoopClient.ts',
  options: object,
): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '-r',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        join(__dirname, script),
        JSON.stringify(options),
      ],
      { maxBuffer: 1 << 22 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`load client failed: ${stderr || error}`));
        else resolve(JSON.parse(stdout) as T);
      },
    );
  });
}
