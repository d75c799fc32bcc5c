import type {
  CheckResult,
  CheckSource,
  CompiledModel,
  EntityEvidence,
  EntityEvaluation,
} from '@devops-maturity/plugin-maturity-common';
import { checkPlacementsOf } from '../store/checkPlacements';
import type {
  EntityEvaluationWrite,
  EvaluatedEntityInfo,
} from '../store/types';

const SOURCE_OF_CHECK: Partial<Record<CheckSource, string>> = {
  techInsights: 'techInsights',
  pushed: 'pushed',
  attestation: 'attestation',
  catalog: 'catalog',
  relations: 'catalog',
};

/**
 * Whether a check reads an evidence source: a check reading several
 * sources (`mixed`) reads every one.
 */
export function checkReadsSource(
  check: Pick<CheckResult, 'source'>,
  source: string,
): boolean {
  return check.source === 'mixed' || SOURCE_OF_CHECK[check.source] === source;
}

/**
 * Checks whose evidence source was unavailable and that therefore came out
 * `unknown`: their stored results are kept rather than replaced.
 */
export function checksToKeep(
  checks: CheckResult[],
  evidence: EntityEvidence,
): string[] {
  const unavailable = [
    ...new Set(evidence.unavailableSources?.map(s => s.source)),
  ];
  if (unavailable.length === 0) return [];
  return checks
    .filter(
      c =>
        c.status === 'unknown' &&
        unavailable.some(source => checkReadsSource(c, source)),
    )
    .map(c => c.checkId);
}

/**
 * The rows to store for one entity's evaluation (not-applicable checks are
 * not stored). The results are the evaluation's own objects, not copies:
 * the store only reads them. With the compiled model, they are stored
 * with its check placements.
 */
export function toEvaluationWrite(options: {
  modelId: string;
  compiled?: CompiledModel;
  entity: EvaluatedEntityInfo;
  evaluation: EntityEvaluation;
  /** From {@link checksToKeep}. */
  keepStoredResultsFor: string[];
}): EntityEvaluationWrite {
  const { modelId, compiled, entity, evaluation, keepStoredResultsFor } =
    options;
  return {
    modelId,
    entity,
    level: evaluation.score.level,
    score: evaluation.score.score,
    domains: evaluation.score.domains.map(d => ({
      domainId: d.domainId,
      level: d.level,
      score: d.score,
      counts: d.checks,
      nextLevel: d.nextLevel,
    })),
    checks: evaluation.checks.filter(c => c.status !== 'not-applicable'),
    placements: compiled && checkPlacementsOf(compiled),
    keepStoredResultsFor,
  };
}
