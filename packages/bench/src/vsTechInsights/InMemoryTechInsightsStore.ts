import { stringifyEntityRef, parseEntityRef } from '@backstage/catalog-model';
import type {
  FactSchemaDefinition,
  FlatTechInsightFact,
  TechInsightFact,
  TechInsightsStore,
} from '@backstage-community/plugin-tech-insights-node';
import type { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { DateTime } from 'luxon';

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A TechInsights fact store in memory: fact rows per entity and retriever
 * (all versions kept, in time order) and versioned fact schemas.
 */
export class InMemoryTechInsightsStore implements TechInsightsStore {
  /** Rows by entity ref, then retriever id, oldest first. */
  private readonly rows = new Map<string, Map<string, FlatTechInsightFact[]>>();
  private readonly schemas = new Map<string, FactSchemaDefinition>();

  async insertFacts(options: {
    id: string;
    facts: TechInsightFact[];
  }): Promise<void> {
    for (const fact of options.facts) {
      const ref = stringifyEntityRef(fact.entity);
      const byRetriever = this.rows.get(ref) ?? new Map();
      this.rows.set(ref, byRetriever);
      const list: FlatTechInsightFact[] = byRetriever.get(options.id) ?? [];
      byRetriever.set(options.id, list);
      const row = {
        ...fact,
        id: options.id,
        timestamp: fact.timestamp ?? DateTime.now(),
      };
      let at = list.length;
      while (at > 0 && list[at - 1].timestamp! > row.timestamp) at -= 1;
      list.splice(at, 0, row);
    }
  }

  async getLatestFactsByIds(
    ids: string[],
    entity: string,
  ): Promise<{ [factRef: string]: FlatTechInsightFact }> {
    const byRetriever = this.rows.get(entity);
    const result: { [factRef: string]: FlatTechInsightFact } = {};
    if (!byRetriever) return result;
    for (const id of ids) {
      const list = byRetriever.get(id);
      if (list?.length) result[id] = list[list.length - 1];
    }
    return result;
  }

  async getFactsBetweenTimestampsByIds(
    ids: string[],
    entity: string,
    startDateTime: DateTime,
    endDateTime: DateTime,
  ): Promise<{ [factRef: string]: FlatTechInsightFact[] }> {
    const byRetriever = this.rows.get(entity);
    const result: { [factRef: string]: FlatTechInsightFact[] } = {};
    for (const id of ids) {
      const within = (byRetriever?.get(id) ?? []).filter(
        row => row.timestamp! >= startDateTime && row.timestamp! <= endDateTime,
      );
      if (within.length) result[id] = within;
    }
    return result;
  }

  async getEntities() {
    return [...this.rows.keys()].map(ref => parseEntityRef(ref));
  }

  async insertFactSchema(definition: FactSchemaDefinition): Promise<void> {
    const known = this.schemas.get(definition.id);
    if (!known || compareVersions(definition.version, known.version) >= 0)
      this.schemas.set(definition.id, definition);
  }

  async getLatestSchemas(ids?: string[]): Promise<FactSchema[]> {
    const definitions = ids
      ? ids.flatMap(id => this.schemas.get(id) ?? [])
      : [...this.schemas.values()];
    return definitions.map(definition => definition.schema);
  }
}
