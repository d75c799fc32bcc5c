import type {
  CheckResult,
  CheckStatusCounts,
  CompiledModel,
  EntityScorecard,
  NextLevelRequirement,
  ScorecardCheck,
} from '@devops-maturity/plugin-maturity-common';

/** A domain level as stored or as just evaluated. */
interface DomainLevelLike {
  domainId: string;
  level: number | null;
  score: number;
  counts: CheckStatusCounts;
  nextLevel?: NextLevelRequirement;
}

const EMPTY_COUNTS: CheckStatusCounts = {
  passed: 0,
  failed: 0,
  unknown: 0,
  waived: 0,
  error: 0,
  notApplicable: 0,
};

/**
 * Joins a model's definitions (titles, remediation, references) with an
 * entity's results into the scorecard the API serves. Checks without a
 * result do not apply to the entity.
 */
export function buildScorecard(options: {
  compiled: CompiledModel;
  entityRef: string;
  ownerRef?: string;
  level: number | null;
  score: number;
  evaluatedAt: string;
  updatedAt: string;
  domains: DomainLevelLike[];
  checks: Array<CheckResult & { updatedAt?: string }>;
}): EntityScorecard {
  const { compiled } = options;
  const { model } = compiled;
  const results = new Map(options.checks.map(c => [c.checkId, c]));
  const domainLevels = new Map(options.domains.map(d => [d.domainId, d]));

  return {
    entityRef: options.entityRef,
    modelId: model.id,
    modelTitle: model.title,
    levels: model.levels,
    level: options.level,
    score: options.score,
    evaluatedAt: options.evaluatedAt,
    updatedAt: options.updatedAt,
    ownerRef: options.ownerRef,
    domains: model.domains.map(domain => {
      const stored = domainLevels.get(domain.id);
      return {
        domainId: domain.id,
        title: domain.title,
        part: domain.part,
        applicable: stored ? stored.level !== null : false,
        level: stored?.level ?? null,
        score: stored?.score ?? 0,
        counts: stored?.counts ?? EMPTY_COUNTS,
        nextLevel: stored?.nextLevel,
        capabilities: domain.capabilities.map(capability => ({
          capabilityId: capability.id,
          title: capability.title,
          checks: capability.checks.map((check): ScorecardCheck => {
            const result = results.get(check.id);
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
                  }
                : undefined,
              updatedAt: result?.updatedAt,
            };
          }),
        })),
      };
    }),
  };
}
