import type { Knex } from 'knex';
import { decodeCheckDocument } from './checkDocument';
import { toStoredDomainLevel, toStoredEntityLevel } from './resultRows';
import type { DomainLevelRow, EntityChecksRow, EntityRow } from './rows';
import { TABLES } from './tables';
import type { StoredScorecard } from './types';

/**
 * Everything stored for one entity under one model, domains ordered by id
 * and checks by domain then check id; undefined when never evaluated.
 */
export async function getScorecard(
  db: Knex,
  entityRef: string,
  modelId: string,
): Promise<StoredScorecard | undefined> {
  const key = { model_id: modelId, entity_ref: entityRef };
  const entity: EntityRow | undefined = await db(TABLES.entities)
    .where(key)
    .first();
  if (!entity) {
    return undefined;
  }
  const domains: DomainLevelRow[] = await db(TABLES.domainLevels)
    .where(key)
    .orderBy('domain_id');
  const document: EntityChecksRow | undefined = await db(TABLES.entityChecks)
    .where(key)
    .first();
  return {
    entity: toStoredEntityLevel(entity),
    domains: domains.map(toStoredDomainLevel),
    checks: document ? decodeCheckDocument(document.checks) : [],
  };
}
