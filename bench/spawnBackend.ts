/*
 * Starts a bench backend process (bench/backendProcess.ts) and waits for its
 * `ready <port>` line.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BackendProcessOptions } from './backendProcess';

/** A running backend process. */
export interface SpawnedBackend {
  /** The maturity API, e.g. http://127.0.0.1:41234/api/maturity. */
  url: string;
  pid: number;
  /** Sends SIGTERM and waits for the process to end. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;

/** Spawns a backend process and resolves once it serves. */
export function spawnBackend(
  options: BackendProcessOptions,
): Promise<SpawnedBackend> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      join(__dirname, 'backendProcess.ts'),
      JSON.stringify(options),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', chunk => {
    stderr = (stderr + chunk).slice(-4000); // the last lines, for errors
  });
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `backend process not ready after ${
            READY_TIMEOUT_MS / 1000
          } s: ${stderr}`,
        ),
      );
    }, READY_TIMEOUT_MS);
    let stdout = '';
    child.stdout.on('data', chunk => {
      stdout += chunk;
      const match = /^ready (\d+)$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url: `http://127.0.0.1:${match[1]}/api/maturity`,
        pid: child.pid!,
        stop,
      });
    });
    child.once('exit', code => {
      clearTimeout(timer);
      reject(
        new Error(`backend process ended (${code}) before ready: ${stderr}`),
      );
    });
  });
}
