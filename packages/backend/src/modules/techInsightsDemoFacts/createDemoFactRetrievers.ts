import {
  FactRetriever,
  TechInsightFact,
} from '@backstage-community/plugin-tech-insights-node';
import { DateTime } from 'luxon';
import { DemoFactSource } from './DemoFactSource';
import { demoFactSchemas } from './demoFactSchemas';

/**
 * One TechInsights fact retriever per retriever id in the facts contract,
 * each publishing its share of the demo facts files.
 */
export function createDemoFactRetrievers(
  source: DemoFactSource,
): Record<string, FactRetriever> {
  return Object.fromEntries(
    Object.entries(demoFactSchemas).map(([id, schema]) => {
      const retriever: FactRetriever = {
        id,
        version: '1.0.0',
        title: `Demo ${id}`,
        description: `Demo facts for ${id}, read from examples/facts`,
        schema,
        async handler(): Promise<TechInsightFact[]> {
          const now = DateTime.utc();
          const entries = await source.entriesFor(id, now);
          // Every row gets a timestamp: TechInsights inserts a batch with one
          // column list, so mixing history points with unstamped rows fails.
          return entries.map(entry => ({
            entity: entry.entity,
            facts: entry.facts,
            timestamp: entry.timestamp ?? now,
          }));
        },
      };
      return [id, retriever];
    }),
  );
}
