import { RELATION_OWNED_BY } from '@backstage/catalog-model';
import type {
  EntityEvaluation,
  MaturityModel,
  ReportEntityInput,
  ScorecardResults,
} from '@devops-maturity/plugin-maturity-common';
import type { CatalogEntity } from '../lib/catalogFiles';

/**
 * One entity of an offline report: what its catalog file says of it, and
 * its evaluation in the shape the backend stores (not-applicable checks
 * left out, as the backend does).
 */
export function reportEntityInput(
  model: MaturityModel,
  item: CatalogEntity,
  evaluation: EntityEvaluation,
  evaluatedAt: string,
): ReportEntityInput {
  const { metadata } = item.entity;
  const ownerRef = item.entity.relations?.find(
    r => r.type === RELATION_OWNED_BY,
  )?.targetRef;
  const results: ScorecardResults = {
    entityRef: item.entityRef,
    modelId: model.id,
    modelVersion: model.version,
    level: evaluation.score.level,
    score: evaluation.score.score,
    evaluatedAt,
    updatedAt: evaluatedAt,
    ...(ownerRef ? { ownerRef } : {}),
    domains: evaluation.score.domains.map(d => ({
      domainId: d.domainId,
      level: d.level,
      score: d.score,
      counts: d.checks,
      ...(d.nextLevel ? { nextLevel: d.nextLevel } : {}),
    })),
    checks: evaluation.checks
      .filter(c => c.status !== 'not-applicable')
      .map(c => ({
        checkId: c.checkId,
        status: c.status,
        ...(c.value !== undefined ? { value: c.value } : {}),
        message: c.message,
        source: c.source,
      })),
  };
  const links = (metadata.links ?? []).flatMap(link =>
    typeof link?.url === 'string'
      ? [{ url: link.url, ...(link.title ? { title: link.title } : {}) }]
      : [],
  );
  return {
    entityRef: item.entityRef,
    kind: item.entity.kind,
    ...(metadata.title ? { title: metadata.title } : {}),
    ...(metadata.annotations ? { annotations: metadata.annotations } : {}),
    ...(links.length ? { links } : {}),
    results,
  };
}
