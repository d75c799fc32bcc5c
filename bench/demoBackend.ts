/*
 * The demo portal's backend (packages/backend) for bench/frontend.ts, started
 * as scripts/start.sh's `yarn start` starts it (development mode, so the
 * guest sign-in works) but on a port of its own, on SQLite in a temporary
 * directory, and serving the production build of packages/app (the app
 * backend serves packages/app/dist on the backend's origin).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const MINUTE = 60_000;

/** A running demo backend. */
export interface DemoBackend {
  /** e.g. http://localhost:7017 (frontend and API). */
  baseUrl: string;
  /** Stops the backend and removes its database directory. */
  stop(): Promise<void>;
}

/** Starts the demo backend on `port`; resolves once it answers. */
export async function startDemoBackend(options: {
  port: number;
  logFile: string;
}): Promise<DemoBackend> {
  const baseUrl = `http://localhost:${options.port}`;
  const directory = mkdtempSync(join(tmpdir(), 'maturity-frontend-bench-'));
  const override = join(directory, 'app-config.bench.yaml');
  writeFileSync(
    override,
    JSON.stringify({
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { port: options.port },
        cors: { origin: baseUrl },
        database: { connection: { directory: join(directory, 'sqlite') } },
      },
    }),
  );
  const log = openSync(options.logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      'src/index.ts',
      '--config',
      join(ROOT, 'app-config.yaml'),
      '--config',
      override,
    ],
    {
      cwd: join(ROOT, 'packages/backend'),
      stdio: ['ignore', log, log],
      env: { ...process.env, NODE_ENV: 'development' },
    },
  );
  const exited = new Promise<void>(done => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await poll(
      `the demo backend on ${baseUrl} (log: ${options.logFile})`,
      async () => {
        if (child.exitCode !== null) {
          throw new FatalError(
            `the demo backend ended (${child.exitCode}); see ${options.logFile}`,
          );
        }
        const res = await fetch(`${baseUrl}/api/maturity/health`).catch(
          () => undefined,
        );
        return res?.ok ? true : undefined;
      },
      5 * MINUTE,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** A Backstage token of the demo guest, as the frontend's guest sign-in gets it. */
export async function guestToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in failed: HTTP ${res.status}`);
  const body = (await res.json()) as any;
  return body.backstageIdentity.token;
}

/**
 * Waits for the first scheduled evaluation run to finish, then triggers a full
 * run (the guest's team is a maturity admin in the demo policy, once the
 * catalog lists the guest as a member) and waits for it: the first run
 * usually starts while the catalog is still ingesting.
 */
export async function waitForEvaluation(baseUrl: string): Promise<void> {
  const api = `${baseUrl}/api/maturity`;
  const latestRun = async (token: string) => {
    const res = await fetch(`${api}/runs?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`GET /runs: HTTP ${res.status}`);
    return ((await res.json()) as any).items[0] as
      | { id: string; status: string }
      | undefined;
  };
  const finished = (run?: { id: string; status: string }) => {
    if (run?.status === 'failed') {
      throw new FatalError(`evaluation run ${run.id} failed`);
    }
    return run?.status === 'succeeded' ? run : undefined;
  };
  const first = await poll(
    'the first evaluation run',
    async () => finished(await latestRun(await guestToken(baseUrl))),
    5 * MINUTE,
  );
  await poll(
    'a full evaluation run to be accepted (the guest must be a maturity admin)',
    async () => {
      const res = await fetch(`${api}/runs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await guestToken(baseUrl)}` },
      });
      return res.status === 202 ? true : undefined;
    },
    3 * MINUTE,
  );
  await poll(
    'the full evaluation run',
    async () => {
      const run = await latestRun(await guestToken(baseUrl));
      return run?.id !== first.id ? finished(run) : undefined;
    },
    5 * MINUTE,
  );
}

/** An error that ends a poll at once. */
class FatalError extends Error {}

/**
 * Calls `probe` every 2 s until it returns a value (errors other than
 * FatalError count as not yet: the backend may still be starting), or fails
 * after `timeoutMs` naming what it waited for and the last error.
 */
async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof FatalError) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs / 1000} s waiting for ${what}${
          lastError ? ` (last error: ${lastError})` : ''
        }`,
      );
    }
    await new Promise(done => setTimeout(done, 2000));
  }
}
