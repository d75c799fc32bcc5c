import {
  Entity,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CompiledModel,
  EntityEvidence,
  EntityScorecard,
  evaluateEntity,
  expandScorecard,
  JsonValue,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import { entityInfoOf } from '../evaluation/entityInfo';
import { toEvaluationWrite } from '../evaluation/toEvaluationWrite';

function assertEntity(value: unknown): asserts value is Entity {
  const entity = value as Partial<Entity> | undefined;
  const problems: string[] = [];
  if (typeof entity?.apiVersion !== 'string')
    problems.push('entity.apiVersion is missing');
  if (typeof entity?.kind !== 'string') problems.push('entity.kind is missing');
  if (typeof entity?.metadata?.name !== 'string')
    problems.push('entity.metadata.name is missing');
  if (problems.length)
    throw new InputError(`Invalid entity: ${problems.join('; ')}`);
}

/**
 * Evaluates a posted entity (and facts) without storing anything: what the
 * entity would score once merged. Relations need the live catalog, so only
 * relations posted with the entity count, and their targets' existence is
 * unknown.
 */
export function dryRunEvaluation(options: {
  compiled: CompiledModel;
  entity: unknown;
  facts?: Record<string, Record<string, JsonValue>>;
  now: Date;
  /** The deployment's baseline date for `trend` with `baseline: configured`. */
  baselineDate?: string;
  /** The model's text in the language to answer in; the compiled model's by default. */
  textModel?: MaturityModel;
}): EntityScorecard {
  const { compiled, facts, now, baselineDate } = options;
  assertEntity(options.entity);
  const entity = options.entity;
  let entityRef: string;
  try {
    entityRef = stringifyEntityRef(getCompoundEntityRef(entity));
  } catch (error) {
    throw new InputError(`Invalid entity: ${error}`);
  }
  const evidence: EntityEvidence = {
    entity,
    techInsights: facts
      ? Object.fromEntries(
          Object.entries(facts).map(([id, values]) => [id, { facts: values }]),
        )
      : undefined,
  };
  const { model } = compiled;
  const write = toEvaluationWrite({
    modelId: model.id,
    entity: entityInfoOf(entity),
    evaluation: evaluateEntity(compiled, evidence, { now, baselineDate }),
    keepStoredResultsFor: [],
  });
  const at = now.toISOString();
  return expandScorecard(options.textModel ?? model, {
    entityRef,
    modelId: model.id,
    modelVersion: model.version,
    level: write.level,
    score: write.score,
    evaluatedAt: at,
    updatedAt: at,
    domains: write.domains,
    checks: write.checks,
  });
}
