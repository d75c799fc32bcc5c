import type { EvaluationReport } from './types';

/**
 * Formats an evaluation as JSON for machines. What a check is (title, domain,
 * capability, source of evidence, remediation) is given once in `checks`;
 * each entity lists its applicable results in `results`, and its domains refer
 * to them by id.
 */
export function formatJson(report: EvaluationReport): string {
  const checks: Record<string, object> = {};
  const entities = report.entities.map(entity => ({
    entityRef: entity.entityRef,
    location: entity.location,
    level: entity.level,
    levelTitle: entity.levelTitle,
    score: entity.score,
    counts: entity.counts,
    domains: entity.domains.map(domain => ({
      domainId: domain.domainId,
      title: domain.title,
      applicable: domain.applicable,
      level: domain.level,
      levelTitle: domain.levelTitle,
      score: domain.score,
      counts: domain.counts,
      passing: domain.passing.map(check => check.checkId),
      nextLevel: domain.nextLevel
        ? {
            level: domain.nextLevel.level,
            levelTitle: domain.nextLevel.levelTitle,
            checkIds: domain.nextLevel.checks.map(check => check.checkId),
          }
        : null,
    })),
    results: entity.checks.map(check => {
      checks[check.checkId] ??= {
        title: check.title,
        domainId: check.domainId,
        capabilityId: check.capabilityId,
        level: check.level,
        source: check.source,
        remediation: check.remediation,
      };
      return {
        checkId: check.checkId,
        domainId: check.domainId,
        level: check.level,
        status: check.status,
        message: check.message,
        ...(check.value !== undefined ? { value: check.value } : {}),
      };
    }),
  }));
  return `${JSON.stringify(
    {
      model: report.model,
      evaluatedAt: report.evaluatedAt,
      offline: report.offline,
      domainId: report.domainId,
      entities,
      checks,
      problems: report.problems,
    },
    null,
    2,
  )}\n`;
}
