import type {
  FactRetriever,
  TechInsightFact,
} from '@backstage-community/plugin-tech-insights-node';
import type {
  EntityListItem,
  MaturityDomain,
} from '@devops-maturity/plugin-maturity-common';
import { maturityLevelsFactSchema } from './factSchema';
import { MaturityEntitiesClient } from './MaturityEntitiesClient';
import { MATURITY_LEVELS_RETRIEVER_ID } from './retrieverId';
import { toMaturityLevelFacts } from './toMaturityLevelFacts';

/**
 * The fact retriever that publishes every evaluated entity's maturity levels
 * and score under one model, read from the maturity backend when it runs.
 * Failing to read any page throws, so TechInsights stores nothing for that
 * run and the previous facts stay the latest.
 */
export function createMaturityLevelsRetriever(options: {
  modelId: string;
  /** The model's domains, for the per-domain facts; none when unknown. */
  domains?: ReadonlyArray<Pick<MaturityDomain, 'id' | 'title'>>;
  /** Publish only entities of these kinds (any evaluated kind when absent). */
  kinds?: string[];
  /**
   * The schema version. TechInsights stores a schema once per version and
   * checks read the highest, so it must grow whenever the schema may change.
   */
  version: string;
  /** For tests: the fetch used to call the maturity backend. */
  fetch?: typeof fetch;
}): FactRetriever {
  const { modelId, kinds } = options;
  const domains = options.domains ?? [];
  const declaredDomainIds = new Set(domains.map(domain => domain.id));
  return {
    id: MATURITY_LEVELS_RETRIEVER_ID,
    version: options.version,
    title: 'Maturity levels',
    description: `Overall and per-domain DevOps maturity levels and scores under the model '${modelId}', from the maturity plugin`,
    schema: maturityLevelsFactSchema(modelId, domains),
    ...(kinds && { entityFilter: [{ kind: kinds }] }),
    async handler({ discovery, auth, logger }): Promise<TechInsightFact[]> {
      const client = new MaturityEntitiesClient({
        discovery,
        auth,
        fetch: options.fetch,
      });
      const items: EntityListItem[] = [];
      for (const kind of kinds ?? [undefined]) {
        items.push(...(await client.listAll({ modelId, kind })));
      }
      logger.info(
        `Read the maturity levels of ${items.length} entities under model '${modelId}'`,
      );
      return items.map(item => toMaturityLevelFacts(item, declaredDomainIds));
    },
  };
}
