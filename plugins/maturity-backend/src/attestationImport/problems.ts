import { InputError } from '@backstage/errors';

/** One problem found in an attestation import file. */
export interface AttestationFileProblem {
  /** The file as configured (resolved to an absolute path). */
  file: string;
  /** 1-based line; absent when the file could not be read. */
  line?: number;
  /** 1-based column; absent when the file could not be read. */
  column?: number;
  /** Where in the file, e.g. `attestations[2].attestedAt`. */
  path: string;
  message: string;
}

/**
 * The error that stops the startup: every problem of every configured file,
 * one a line in `file:line:column path: message` form.
 */
export function attestationImportError(
  problems: readonly AttestationFileProblem[],
): InputError {
  const lines = problems.map(problem => {
    const where =
      problem.line === undefined
        ? problem.file
        : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
    return `  ${where} ${problem.path}: ${problem.message}`;
  });
  const count = problems.length;
  return new InputError(
    `${count} problem${
      count === 1 ? '' : 's'
    } in maturity.attestationImports; no attestation was imported:\n${lines.join(
      '\n',
    )}`,
  );
}
