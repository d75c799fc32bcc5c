import { NotFoundError } from '@backstage/errors';
import {
  CompiledModel,
  EntityScorecard,
  expandScorecard,
  MaturityModel,
  ScorecardResults,
} from '@devops-maturity/plugin-maturity-common';
import type { MaturityStore } from '../store/MaturityStore';
import type { StoredScorecard } from '../store/types';
import { staleEvidenceOf } from './staleEvidence';

/**
 * Stored results as the API answers them, read under `model`: with the
 * entity's evidence outages (`staleEvidence`, absent when none) and a
 * `stale` marker on every check that kept an earlier result because of one.
 */
export function scorecardResultsOf(
  model: MaturityModel,
  entityRef: string,
  stored: StoredScorecard,
): ScorecardResults {
  const { staleEvidence, markers } = staleEvidenceOf(stored.outages, model.id);
  return {
    entityRef,
    modelId: model.id,
    modelVersion: model.version,
    level: stored.entity.level,
    score: stored.entity.score,
    evaluatedAt: stored.entity.evaluatedAt,
    updatedAt: stored.entity.updatedAt,
    ownerRef: stored.entity.ownerRef,
    domains: stored.domains.map(d => ({
      domainId: d.domainId,
      level: d.level,
      score: d.score,
      counts: d.counts,
      nextLevel: d.nextLevel,
    })),
    checks: stored.checks.map(c => ({
      checkId: c.checkId,
      status: c.status,
      value: c.value,
      message: c.message,
      source: c.source,
      updatedAt: c.updatedAt,
      ...(markers.has(c.checkId) ? { stale: markers.get(c.checkId) } : {}),
    })),
    ...(staleEvidence.length ? { staleEvidence } : {}),
  };
}

/** The stored results of an entity; 404 when it has none. */
export async function readScorecardResults(
  store: MaturityStore,
  compiled: CompiledModel,
  entityRef: string,
): Promise<ScorecardResults> {
  const { model } = compiled;
  const stored = await store.getScorecard(entityRef, model.id);
  if (!stored) {
    throw new NotFoundError(
      `No maturity results for ${entityRef} under model '${model.id}' (unknown entity, a kind that is not evaluated, or not evaluated yet)`,
    );
  }
  return scorecardResultsOf(model, entityRef, stored);
}

/**
 * The stored scorecard of an entity with the model's text (in `textModel`'s
 * language, the compiled model's by default); 404 when it has no results.
 */
export async function readStoredScorecard(
  store: MaturityStore,
  compiled: CompiledModel,
  entityRef: string,
  textModel: MaturityModel = compiled.model,
): Promise<EntityScorecard> {
  return expandScorecard(
    textModel,
    await readScorecardResults(store, compiled, entityRef),
  );
}
