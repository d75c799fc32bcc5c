import type { MaturityModel } from '../model/types';
import { emptyCounts } from '../scoring/tally';
import type {
  EntityScorecard,
  ScorecardCheck,
  ScorecardResults,
} from './types';

/**
 * Joins an entity's results with the model's definitions (titles,
 * remediation, references) into the full scorecard: every domain,
 * capability and check of the model, in model order. Checks and domains
 * without a result do not apply to the entity.
 *
 * @public
 */
export function expandScorecard(
  model: MaturityModel,
  results: ScorecardResults,
): EntityScorecard {
  const checkResults = new Map(results.checks.map(c => [c.checkId, c]));
  const domainResults = new Map(results.domains.map(d => [d.domainId, d]));
  return {
    entityRef: results.entityRef,
    modelId: model.id,
    modelTitle: model.title,
    levels: model.levels,
    level: results.level,
    score: results.score,
    evaluatedAt: results.evaluatedAt,
    updatedAt: results.updatedAt,
    ownerRef: results.ownerRef,
    domains: model.domains.map(domain => {
      const stored = domainResults.get(domain.id);
      return {
        domainId: domain.id,
        title: domain.title,
        part: domain.part,
        applicable: stored ? stored.level !== null : false,
        level: stored?.level ?? null,
        score: stored?.score ?? 0,
        counts: stored?.counts ?? emptyCounts(),
        nextLevel: stored?.nextLevel,
        capabilities: domain.capabilities.map(capability => ({
          capabilityId: capability.id,
          title: capability.title,
          checks: capability.checks.map((check): ScorecardCheck => {
            const result = checkResults.get(check.id);
            return {
              checkId: check.id,
              title: check.title,
              description: check.description,
              level: check.level,
              status: result?.status ?? 'not-applicable',
              value: result?.value,
              message: result?.message ?? 'Does not apply to this entity',
              source: result?.source ?? 'none',
              remediation: check.remediation,
              reference: check.reference,
              attestation: check.attestation
                ? {
                    evidence: check.attestation.evidence,
                    validForDays: check.attestation.validForDays,
                    ...(check.attestation.scope === 'team'
                      ? { scope: 'team' as const }
                      : {}),
                  }
                : undefined,
              updatedAt: result?.updatedAt,
              ...(result?.stale ? { stale: result.stale } : {}),
            };
          }),
        })),
      };
    }),
    ...(results.staleEvidence?.length
      ? { staleEvidence: results.staleEvidence }
      : {}),
  };
}
