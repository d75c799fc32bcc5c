import type { EntityReport, ReportFormatter, ReportHeader } from './types';

/** The JSON of one entity; what its checks are goes once into `checks`. */
function entityJson(entity: EntityReport, checks: Map<string, object>) {
  return {
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
      if (!checks.has(check.checkId)) {
        checks.set(check.checkId, {
          title: check.title,
          domainId: check.domainId,
          capabilityId: check.capabilityId,
          level: check.level,
          source: check.source,
          remediation: check.remediation,
        });
      }
      return {
        checkId: check.checkId,
        domainId: check.domainId,
        level: check.level,
        status: check.status,
        message: check.message,
        ...(check.value !== undefined ? { value: check.value } : {}),
      };
    }),
  };
}

/**
 * The format for machines: `{ model, evaluatedAt, offline, domainId,
 * entities, checks, problems }`. What a check is (title, domain, capability,
 * source of evidence, remediation) is given once in `checks`; each entity
 * lists its applicable results in `results`, and its domains refer to them by
 * id. Compact (one line) unless `pretty`, then indented by two spaces; either
 * way the same JSON value.
 */
export function createJsonFormatter(
  header: ReportHeader,
  options: { pretty: boolean },
): ReportFormatter {
  const { pretty } = options;
  const newline = pretty ? '\n' : '';
  const colon = pretty ? ': ' : ':';
  const pad = (depth: number) => (pretty ? '  '.repeat(depth) : '');
  /** `value` as JSON, at `depth` when indented. */
  const json = (value: unknown, depth: number) =>
    pretty
      ? JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad(depth)}`)
      : JSON.stringify(value);
  const member = (key: string, value: unknown) =>
    `${pad(1)}"${key}"${colon}${json(value, 1)},${newline}`;

  const checks = new Map<string, object>();
  let count = 0;
  return {
    detail: 'all',
    start: () =>
      `{${newline}${member('model', header.model)}${member(
        'evaluatedAt',
        header.evaluatedAt,
      )}${member('offline', header.offline)}${member(
        'domainId',
        header.domainId,
      )}${pad(1)}"entities"${colon}[`,
    entity(entity) {
      count += 1;
      return `${count > 1 ? ',' : ''}${newline}${pad(2)}${json(
        entityJson(entity, checks),
        2,
      )}`;
    },
    end: context =>
      `${count > 0 ? `${newline}${pad(1)}` : ''}],${newline}${member(
        'checks',
        Object.fromEntries(checks),
      )}${context?.changes ? member('changes', context.changes) : ''}${pad(
        1,
      )}"problems"${colon}${json(header.problems, 1)}${newline}}\n`,
  };
}
