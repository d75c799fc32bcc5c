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
  /** How the process ended and its last stderr lines; undefined while it runs. */
  ended(): string | undefined;
}

const READY_TIMEOUT_MS = 180_000;

/** How to start a bench process beyond its options. */
export interface SpawnOptions {
  /** Node options before the script, e.g. ['--cpu-prof']. */
  execArgv?: string[];
  /** The environment; this process's when absent. */
  env?: NodeJS.ProcessEnv;
}

/** Spawns a backend process and resolves once it serves. */
export function spawnBackend(
  options: BackendProcessOptions,
  spawnOptions: SpawnOptions = {},
): Promise<SpawnedBackend> {
  return spawnReady('backendProcess.ts', options, spawnOptions).then(
    started => ({
      ...started,
      url: `http://127.0.0.1:${started.port}/api/maturity`,
    }),
  );
}

/**
 * Spawns `bench/<script>` with the options as its JSON argument and resolves
 * once it prints `ready <port>`.
 */
export function spawnReady(
  script: string,
  options: object,
  spawnOptions: SpawnOptions = {},
): Promise<{
  port: number;
  pid: number;
  stop(): Promise<void>;
  ended(): string | undefined;
}> {
  const child = spawn(
    process.execPath,
    [
      ...(spawnOptions.execArgv ?? []),
      '-r',
      join(__dirname, 'compiledTransform.cjs'),
      join(__dirname, script),
      JSON.stringify(options),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: spawnOptions.env ?? process.env },
  );
  let stderr = '';
  child.stderr.on('data', chunk => {
    stderr = (stderr + chunk).slice(-4000); // the last lines, for errors
  });
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const ended = () =>
    child.exitCode === null && child.signalCode === null
      ? undefined
      : `${script} ended (${child.exitCode ?? child.signalCode}): ${stderr}`;
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
          `${script} not ready after ${READY_TIMEOUT_MS / 1000} s: ${stderr}`,
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
      resolve({ port: Number(match[1]), pid: child.pid!, stop, ended });
    });
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`${script} ended (${code}) before ready: ${stderr}`));
    });
  });
}
