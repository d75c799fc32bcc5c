import { stringifyEntityRef } from '@backstage/catalog-model';
import type { EntityEvidence } from '../evidence/types';
import type { CheckResult, CheckStatus, EntityScore } from '../results/types';
import { levelOf, tallyChecks } from '../scoring/tally';
import { scoreStatuses } from '../scoring/scoreResults';
import { CompiledModel, planOf } from './compileModel';
import { createEvaluationContext } from './context';

/**
 * Options for evaluating entities.
 *
 * @public
 */
export interface EvaluateOptions {
  /** The moment of evaluation (dates, expiries, trends); defaults to the current time. */
  now?: Date;
  /**
   * The deployment's baseline date (ISO `YYYY-MM-DD`, app-config
   * `maturity.baselineDate`): `trend` conditions with `baseline: configured`
   * compare with the value at that date; without it they use their `days`.
   */
  baselineDate?: string;
}

/**
 * The evaluation of one entity: a result per check (model order) and the score.
 *
 * @public
 */
export interface EntityEvaluation {
  /** One result per check of the model, in model order. */
  checks: CheckResult[];
  /** The levels and scores. */
  score: EntityScore;
  /**
   * Until when (ms, exclusive) the same evidence, model and baseline date
   * give this very evaluation: the earliest moment a time comparison
   * (`withinDays` ages and the days they show, attestation and waiver
   * expiry, trend windows) could come out differently, at most the end of
   * the UTC day of `now`. Equal to `now` when the result may change at any
   * moment.
   */
  validUntil?: number;
}

/**
 * Runs every check of the plan in evaluation order, filling `statuses`; returns
 * the results in model order.
 */
function runChecks(
  compiled: CompiledModel,
  evidence: EntityEvidence,
  options: EvaluateOptions | undefined,
  statuses: CheckStatus[],
): { checks: CheckResult[]; validUntil: number } {
  const plan = planOf(compiled);
  const nowMs = (options?.now ?? new Date()).getTime();
  const context = createEvaluationContext(
    evidence,
    nowMs,
    plan.predicateCount,
    plan.factSlotCount,
    options?.baselineDate,
  );
  const checks = new Array<CheckResult>(plan.evaluators.length);
  for (const domain of plan.domains) {
    for (const index of domain.checkIndices) {
      const result = plan.evaluators[index](context);
      checks[index] = result;
      statuses[index] = result.status;
    }
    if (domain.readByOthers) {
      const tally = tallyChecks(domain.checkIndices, plan.levels, statuses);
      context.domainLevels.set(domain.id, levelOf(tally));
    }
  }
  return { checks, validUntil: context.validUntilMs };
}

/**
 * Evaluates every check of a compiled model against the evidence of one
 * entity, without scoring: the `checks` of {@link evaluateEntity}, for callers
 * that need check results only (score them later with {@link scoreResults}
 * if needed). Pure and synchronous: no I/O, and time only from `options.now`.
 *
 * @public
 */
export function evaluateChecks(
  compiled: CompiledModel,
  evidence: EntityEvidence,
  options?: EvaluateOptions,
): CheckResult[] {
  const statuses = new Array<CheckStatus>(compiled.checks.length);
  return runChecks(compiled, evidence, options, statuses).checks;
}

/**
 * Evaluates every check of a compiled model against the evidence of one
 * entity, and scores the results. Pure and synchronous: no I/O, and time only
 * from `options.now`.
 *
 * @public
 */
export function evaluateEntity(
  compiled: CompiledModel,
  evidence: EntityEvidence,
  options?: EvaluateOptions,
): EntityEvaluation {
  const statuses = new Array<CheckStatus>(compiled.checks.length);
  const { checks, validUntil } = runChecks(
    compiled,
    evidence,
    options,
    statuses,
  );
  return { checks, score: scoreStatuses(compiled, statuses), validUntil };
}

/**
 * Evaluates many entities with the same `now` and baseline date; each result carries its entity ref.
 *
 * @public
 */
export function evaluateEntities(
  compiled: CompiledModel,
  evidence: Iterable<EntityEvidence>,
  options?: EvaluateOptions,
): Array<EntityEvaluation & { entityRef: string }> {
  const each: EvaluateOptions = {
    now: options?.now ?? new Date(),
    baselineDate: options?.baselineDate,
  };
  const results: Array<EntityEvaluation & { entityRef: string }> = [];
  for (const item of evidence) {
    results.push({
      entityRef: stringifyEntityRef(item.entity),
      ...evaluateEntity(compiled, item, each),
    });
  }
  return results;
}
