import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { decodeCheckDocument } from './checkDocument';
import { readCheckPlacements } from './checkPlacements';
import type { DomainLevelRow, EntityChecksRow, EntityRow } from './rows';
import { TABLES } from './tables';
import type { StoredCheckResult } from './types';

/** The stored result rows of one entity under one model. */
export interface StoredResults {
  domains: Map<string, DomainLevelRow>;
  checks: Map<string, StoredCheckResult>;
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
  }
  const checkResults = await readCheckResults(db, modelId, entityRefs);
  for (const [ref, checks] of checkResults) {
    const byId = stored.get(ref)!.checks;
    for (const check of checks) byId.set(check.checkId, check);
  }
  return stored;
}

/**
 * Reads the stored check results of a set of entities under one model.
 * Entities without results are absent.
 */
export async function readCheckResults(
  db: Knex | Knex.Transaction,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, StoredCheckResult[]>> {
  const stored = new Map<string, StoredCheckResult[]>();
  for (const refs of chunk(entityRefs, WHERE_IN_CHUNK)) {
    const documents: EntityChecksRow[] = await db(TABLES.entityChecks)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs);
    const placements = await readCheckPlacements(
      db,
      documents.map(row => row.checks),
    );
    for (const row of documents) {
      stored.set(row.entity_ref, decodeCheckDocument(row.checks, placements));
    }
  }
  return stored;
}
