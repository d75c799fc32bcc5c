import { spawn } from 'child_process';
import path from 'path';

/** The package folder: the CLI runs with it as working directory. */
export const PACKAGE_DIR = path.resolve(__dirname, '../..');

/** The `maturity` executable. */
export const BIN = path.join(PACKAGE_DIR, 'bin', 'maturity');

/** Fixture path relative to the package folder, as a user would type it. */
export function fixture(...parts: string[]): string {
  return path.join('src', '__fixtures__', ...parts);
}

/** The outcome of one run of the CLI. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/maturity <args…>` as a separate process (asynchronously, so
 * that an HTTP server in the test process can answer it).
 */
export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.BACKSTAGE_TOKEN;
  delete env.NODE_OPTIONS;
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? PACKAGE_DIR,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', chunk => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', chunk => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

/** Generous: each run starts Node and transpiles the sources. */
export const CLI_TEST_TIMEOUT = 120_000;
