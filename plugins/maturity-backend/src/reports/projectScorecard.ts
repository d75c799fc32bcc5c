import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  CompiledModel,
  EntityScorecard,
  ProjectScorecardParts,
} from '@devops-maturity/plugin-maturity-common';
import type { ReportGenerator } from './ReportGenerator';

/**
 * A system's scorecard with its parts: its own scorecard, and per domain the
 * weakest of the system and every component, API and resource part of it.
 */
export async function readProjectScorecard(
  generator: ReportGenerator,
  options: {
    /** Reads the system's own scorecard (404 when it has none). */
    readScorecard(): Promise<EntityScorecard>;
    entityRef: string;
    compiled: CompiledModel;
    actor: string;
  },
): Promise<EntityScorecard & { parts: ProjectScorecardParts }> {
  const { entityRef, compiled } = options;
  if (parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US') !== 'system') {
    throw new InputError(
      `include=parts applies to systems only, not to ${entityRef}`,
    );
  }
  const scorecard = await options.readScorecard();
  const report = await generator.generate({
    kind: 'system',
    entityRef,
    compiled,
    textModel: compiled.model,
    language: compiled.model.defaultLanguage ?? 'en',
    generatedBy: options.actor,
    now: new Date(),
  });
  const titles = new Map(scorecard.domains.map(d => [d.domainId, d.title]));
  return {
    ...scorecard,
    parts: {
      level: report.summary.level,
      score: report.summary.score,
      entityCount: report.cover.scope.entityCount,
      domains: report.domains.map(d => ({
        domainId: d.domainId,
        title: titles.get(d.domainId) ?? d.title,
        ...(d.part ? { part: d.part } : {}),
        level: d.level,
        score: d.score,
        entityCount: d.entityCount,
        weakestEntityRefs: d.weakestEntityRefs,
      })),
      entities: report.entities,
    },
  };
}
