/**
 * Exit codes of every `maturity` command.
 *
 * - `OK` (0): the command succeeded (model valid, level met, evaluation printed).
 * - `FAILED` (1): the command ran and found a problem (model or entity errors,
 *   level not met).
 * - `USAGE` (2): the command could not run: bad options, unreadable files, an
 *   invalid `--model`, or the backend could not be asked (unreachable, 401, 404 …).
 */
export const ExitCode = {
  OK: 0,
  FAILED: 1,
  USAGE: 2,
} as const;

/** An exit code of the CLI. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error that ends a command with a message on stderr and an exit code;
 * the message is printed as is (one line unless it lists problems).
 */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue = ExitCode.USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
