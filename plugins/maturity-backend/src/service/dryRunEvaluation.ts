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
} from '@devops-maturity/plugin-maturity-common';

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
}): EntityScorecard {
  const { compiled, facts, now } = options;
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
  const evaluation = evaluateEntity(compiled, evidence, { now });
  const at = now.toISOString();
  return expandScorecard(compiled.model, {
    entityRef,
    modelId: compiled.model.id,
    modelVersion: compiled.model.version,
    level: evaluation.score.level,
    score: evaluation.score.score,
    evaluatedAt: at,
    updatedAt: at,
    domains: evaluation.score.domains.map(d => ({
      domainId: d.domainId,
      level: d.level,
      score: d.score,
      counts: d.checks,
      nextLevel: d.nextLevel,
    })),
    checks: evaluation.checks.filter(c => c.status !== 'not-applicable'),
  });
}
