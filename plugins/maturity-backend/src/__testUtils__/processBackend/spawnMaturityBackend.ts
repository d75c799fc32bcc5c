import { mockCredentials } from '@backstage/backend-test-utils';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import {
  READY_MARKER,
  type ProcessBackendOptions,
} from './processBackendOptions';

/** A maturity backend running in a process of its own. */
export interface MaturityBackendProcess {
  /** The base URL of the maturity API, e.g. `http://127.0.0.1:1234/api/maturity`. */
  baseUrl: string;
  pid: number;
  /**
   * Sends the process the signal (default SIGKILL) and waits for its exit;
   * one that does not stop within 15 s of another signal is killed.
   */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** The process's last output lines, for failure messages. */
  output(): string;
}

const started = new Set<ChildProcess>();
const MAIN = path.join(__dirname, 'backendProcessMain.ts');
const TRANSFORM = require.resolve('@backstage/cli/config/nodeTransform.cjs');

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise(resolve => child.once('exit', () => resolve()));
}

/**
 * Starts `backendProcessMain.ts` as a separate Node process (TypeScript
 * through Backstage's node transform) and resolves once it prints that it
 * answers. Every process started is killed by `killAllMaturityBackends`;
 * call it in `afterEach`/`afterAll`.
 */
export async function spawnMaturityBackend(
  options: ProcessBackendOptions,
  startTimeoutMs = 60_000,
): Promise<MaturityBackendProcess> {
  const child = spawn(process.execPath, ['-r', TRANSFORM, MAIN], {
    cwd: path.resolve(__dirname, '../../..'),
    env: {
      ...process.env,
      MATURITY_PROCESS_BACKEND: JSON.stringify(options),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  child.once('exit', () => started.delete(child));
  const lines: string[] = [];
  const output = () => lines.slice(-40).join('\n');
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`backend process did not start:\n${output()}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        lines.push(line);
        if (line.startsWith(READY_MARKER)) {
          clearTimeout(timer);
          resolve(JSON.parse(line.slice(READY_MARKER.length)).port);
        }
      }
      if (lines.length > 400) lines.splice(0, lines.length - 400);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`backend process exited (${code}):\n${output()}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/api/maturity`,
    pid: child.pid!,
    output,
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      if (signal === 'SIGKILL') {
        await exited(child);
        return;
      }
      // a graceful stop gets 15 s
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}

/** Kills every backend process still running (SIGKILL) and waits for them. */
export async function killAllMaturityBackends(): Promise<void> {
  const children = [...started];
  children.forEach(child => child.kill('SIGKILL'));
  await Promise.all(children.map(exited));
}

/** A request to a backend process's maturity API as an admin user. */
export async function callMaturityApi(
  backend: Pick<MaturityBackendProcess, 'baseUrl'>,
  method: 'GET' | 'POST',
  apiPath: string,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${backend.baseUrl}${apiPath}`, {
    method,
    headers: {
      authorization: mockCredentials.user.header('user:default/alice'),
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
