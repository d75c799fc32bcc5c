import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CompiledModel,
  deriveSpecRelations,
  EntityEvidence,
  EntityScorecard,
  evaluateEntity,
  expandScorecard,
  formatEntityProblem,
  JsonValue,
  MaturityModel,
  RelationTargetEvidence,
  validateEntity,
} from '@devops-maturity/plugin-maturity-common';
import { entityInfoOf } from '../evaluation/entityInfo';
import { toEvaluationWrite } from '../evaluation/toEvaluationWrite';

/**
 * The posted entity as the catalog would hold it, or a 400 listing every
 * problem with its field path. `relations` and `status`, which the catalog's
 * API returns with an entity, are dropped: the catalog derives them.
 */
async function validPostedEntity(value: unknown): Promise<Entity> {
  let candidate = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const copy: Record<string, unknown> = { ...value };
    delete copy.relations;
    delete copy.status;
    candidate = copy;
  }
  const problems = await validateEntity(candidate);
  const entity = candidate as Entity;
  if (problems.length === 0) {
    // a ref the catalog cannot parse fails the entity's processing
    problems.push(...deriveSpecRelations(entity).problems);
  }
  if (problems.length) {
    throw new InputError(
      `Invalid entity: ${problems
        .map(problem =>
          problem.path.length
            ? `entity.${formatEntityProblem(problem)}`
            : `entity: ${problem.message}`,
        )
        .join('; ')}`,
    );
  }
  // DefaultNamespaceEntityPolicy
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      namespace: entity.metadata.namespace || DEFAULT_NAMESPACE,
    },
  };
}

/**
 * Evaluates a posted entity (and facts) without storing anything: what the
 * entity would score once merged. It is validated as the catalog validates
 * entities, and its relations are those the catalog would store on it
 * (`readRelations`, from the spec and the live catalog), so its checks agree
 * with the runner's once the catalog has it.
 */
export async function dryRunEvaluation(options: {
  compiled: CompiledModel;
  entity: unknown;
  facts?: Record<string, Record<string, JsonValue>>;
  now: Date;
  /** The deployment's baseline date for `trend` with `baseline: configured`. */
  baselineDate?: string;
  /** The model's text in the language to answer in; the compiled model's by default. */
  textModel?: MaturityModel;
  /** The entity's relations by type, targets marked with their existence. */
  readRelations: (
    entity: Entity,
  ) => Promise<Record<string, RelationTargetEvidence[]>>;
}): Promise<EntityScorecard> {
  const { compiled, facts, now, baselineDate } = options;
  const posted = await validPostedEntity(options.entity);
  const entityRef = stringifyEntityRef(posted);
  const relations = await options.readRelations(posted);
  // as the catalog returns it: with its relations
  const entity: Entity = {
    ...posted,
    relations: Object.entries(relations).flatMap(([type, targets]) =>
      targets.map(({ targetRef }) => ({ type, targetRef })),
    ),
  };
  const evidence: EntityEvidence = {
    entity,
    relations,
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
