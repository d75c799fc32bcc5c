import {
  CompiledModel,
  EntityEvaluation,
  scoreResults,
} from '@devops-maturity/plugin-maturity-common';
import type { StoredCheckResult } from '../store/types';

/**
 * When evidence was unavailable, the affected checks came out `unknown`; the
 * store keeps their previous results. This puts those previous results into
 * the evaluation and re-scores it, so the stored levels agree with the stored
 * checks instead of dropping because a source was down.
 */
export function keepStoredResults(
  compiled: CompiledModel,
  evaluation: EntityEvaluation,
  keep: string[],
  stored: StoredCheckResult[],
): EntityEvaluation {
  if (keep.length === 0) return evaluation;
  const wanted = new Set(keep);
  const previous = new Map(
    stored.filter(c => wanted.has(c.checkId)).map(c => [c.checkId, c]),
  );
  if (previous.size === 0) return evaluation;
  const checks = evaluation.checks.map(check => {
    const old = previous.get(check.checkId);
    return old
      ? {
          ...check,
          status: old.status,
          value: old.value,
          message: old.message,
        }
      : check;
  });
  return { checks, score: scoreResults(compiled, checks) };
}
