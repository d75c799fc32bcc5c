/**
 * The `maturity` command line: lint maturity models, evaluate
 * catalog-info.yaml offline, and gate CI on a maturity level.
 *
 * @packageDocumentation
 */
import { run } from './program';

// A closed pipe (`maturity evaluate … | head`) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

run(process.argv).then(code => {
  // Set, not exit: large outputs to a pipe are flushed before the process ends.
  process.exitCode = code;
});
