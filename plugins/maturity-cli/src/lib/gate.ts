import type {
  CheckStatus,
  CompiledModel,
  EntityEvaluation,
  GateResult,
} from '@devops-maturity/plugin-maturity-common';

export type { GateResult };

/** A check that stands between an entity and the required level. */
export type BlockingCheck = GateResult['blocking'][number];

const CLEARED: ReadonlySet<CheckStatus> = new Set<CheckStatus>([
  'passed',
  'waived',
  'not-applicable',
]);

/**
 * Computes a gate from an evaluation, the way the backend's `/gate` does:
 * the domain level when `domainId` is given, else the overall (weakest-link)
 * level; it passes when that level is at least `required`. Blocking checks are
 * every applicable check in scope of a level up to `required` that is not
 * passed or waived, in model order.
 */
export function computeGate(options: {
  compiled: CompiledModel;
  entityRef: string;
  evaluation: EntityEvaluation;
  domainId?: string;
  required: number;
  evaluatedAt: string;
}): GateResult {
  const { compiled, entityRef, evaluation, domainId, required, evaluatedAt } =
    options;
  const level =
    domainId === undefined
      ? evaluation.score.level
      : evaluation.score.domains.find(d => d.domainId === domainId)?.level ??
        null;
  const blocking: BlockingCheck[] = evaluation.checks
    .filter(
      check =>
        (domainId === undefined || check.domainId === domainId) &&
        check.level <= required &&
        !CLEARED.has(check.status),
    )
    .map(check => ({
      checkId: check.checkId,
      title: compiled.getCheck(check.checkId)?.check.title ?? check.checkId,
      domainId: check.domainId,
      level: check.level,
      status: check.status,
      message: check.message,
    }));
  return {
    pass: level !== null && level >= required,
    entityRef,
    modelId: compiled.model.id,
    domainId: domainId ?? null,
    level,
    required,
    evaluatedAt,
    blocking,
  };
}
