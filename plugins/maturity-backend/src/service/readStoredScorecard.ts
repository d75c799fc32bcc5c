import { NotFoundError } from '@backstage/errors';
import type {
  CompiledModel,
  EntityScorecard,
} from '@devops-maturity/plugin-maturity-common';
import type { MaturityStore } from '../store/MaturityStore';
import { buildScorecard } from './buildScorecard';

/** The stored scorecard of an entity; 404 when it has no results. */
export async function readStoredScorecard(
  store: MaturityStore,
  compiled: CompiledModel,
  entityRef: string,
): Promise<EntityScorecard> {
  const stored = await store.getScorecard(entityRef, compiled.model.id);
  if (!stored) {
    throw new NotFoundError(
      `No maturity results for ${entityRef} under model '${compiled.model.id}' (unknown entity, a kind that is not evaluated, or not evaluated yet)`,
    );
  }
  return buildScorecard({
    compiled,
    entityRef,
    ownerRef: stored.entity.ownerRef,
    level: stored.entity.level,
    score: stored.entity.score,
    evaluatedAt: stored.entity.evaluatedAt,
    updatedAt: stored.entity.updatedAt,
    domains: stored.domains,
    checks: stored.checks,
  });
}
