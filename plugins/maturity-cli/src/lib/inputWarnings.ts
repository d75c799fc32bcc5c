import type { CatalogReadResult } from './catalogFiles';
import type { CliIo } from './io';
import { formatProblem, sortProblems } from './problems';

/** Writes input warnings (skipped URL targets, globs without matches) to stderr, one a line. */
export function reportWarnings(result: CatalogReadResult, io: CliIo): void {
  for (const warning of sortProblems(result.warnings)) {
    io.stderr.write(`warning: ${formatProblem(warning)}\n`);
  }
}

/**
 * Why catalog files gave no entity to evaluate, in one sentence: every
 * Location target skipped (URLs), no glob match, invalid documents, or
 * files without entities.
 */
export function whyNothingToEvaluate(result: CatalogReadResult): string {
  const reasons: string[] = [];
  const { urls, unmatchedGlobs: unmatched } = result.skipped;
  if (urls > 0) {
    reasons.push(
      `${urls} Location target${
        urls === 1 ? ' is a URL' : 's are URLs'
      }, not fetched offline`,
    );
  }
  if (unmatched > 0) {
    reasons.push(
      `${unmatched} Location glob${
        unmatched === 1 ? ' matches' : 's match'
      } no file`,
    );
  }
  if (result.problems.length > 0) {
    reasons.push(
      `${result.problems.length} problem${
        result.problems.length === 1 ? '' : 's'
      } left the documents concerned out`,
    );
  }
  if (reasons.length === 0) reasons.push('the files hold no entity');
  return `nothing to evaluate: ${reasons.join('; ')}`;
}
