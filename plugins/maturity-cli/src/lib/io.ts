import type { ProgressStream } from './progress';

/** The streams and environment a command runs with. */
export interface CliIo {
  /** Results: machine-clean, nothing else is written here. */
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** Problems, errors and progress. */
  stderr: ProgressStream;
  /** The environment (tokens). */
  env: Record<string, string | undefined>;
}

/** The process's streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
