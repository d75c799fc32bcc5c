import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import type { CheckResultRow, DomainLevelRow, EntityRow } from './rows';
import { TABLES } from './tables';

/** The stored result rows of one entity under one model. */
export interface StoredResults {
  domains: Map<string, DomainLevelRow>;
  checks: Map<string, CheckResultRow>;
}

/** Reads the stored entity rows of a set of entities under one model. */
export async function readStoredEntities(
  db: Knex | Knex.Transaction,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, EntityRow>> {
  const stored = new Map<string, EntityRow>();
  for (const refs of chunk(entityRefs, WHERE_IN_CHUNK)) {
    const rows: EntityRow[] = await db(TABLES.entities)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs);
    for (const row of rows) {
      stored.set(row.entity_ref, row);
    }
  }
  return stored;
}

/**
 * Reads the stored domain levels and check results of a set of entities
 * under one model. Every requested entity gets an entry.
 */
export async function readStoredResults(
  db: Knex | Knex.Transaction,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, StoredResults>> {
  const stored = new Map<string, StoredResults>(
    entityRefs.map(ref => [ref, { domains: new Map(), checks: new Map() }]),
  );
  for (const refs of chunk(entityRefs, WHERE_IN_CHUNK)) {
    const domains: DomainLevelRow[] = await db(TABLES.domainLevels)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs);
    for (const row of domains) {
      stored.get(row.entity_ref)!.domains.set(row.domain_id, row);
    }
    const checks: CheckResultRow[] = await db(TABLES.checkResults)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs);
    for (const row of checks) {
      stored.get(row.entity_ref)!.checks.set(row.check_id, row);
    }
  }
  return stored;
}
