import type { Knex } from 'knex';
import { decodeCheckDocument } from './checkDocument';
import { readCheckPlacements } from './checkPlacements';
import { readEvidenceOutages } from './evidenceOutages';
import { toStoredDomainLevel, toStoredEntityLevel } from './resultRows';
import type { DomainLevelRow, EntityRow } from './rows';
import { TABLES } from './tables';
import type { StoredEvidenceOutage, StoredScorecard } from './types';

/**
 * Everything stored for one entity under one model, domains ordered by id
 * and checks in the order they were written; undefined when never
 * evaluated. Three indexed queries: the entity with its check document, its
 * domain levels and its evidence outages.
 */
export async function getScorecard(
  db: Knex,
  entityRef: string,
  modelId: string,
): Promise<StoredScorecard | undefined> {
  const entity: (EntityRow & { checks: string | null }) | undefined = await db({
    e: TABLES.entities,
  })
    .leftJoin({ c: TABLES.entityChecks }, join =>
      join.on('c.model_id', 'e.model_id').andOn('c.entity_ref', 'e.entity_ref'),
    )
    .where({ 'e.model_id': modelId, 'e.entity_ref': entityRef })
    .first('e.*', 'c.checks');
  if (!entity) {
    return undefined;
  }
  const [domains, outages, placements] = await Promise.all([
    db(TABLES.domainLevels)
      .where({ model_id: modelId, entity_ref: entityRef })
      .orderBy('domain_id') as Promise<DomainLevelRow[]>,
    readEvidenceOutages(db, entityRef) as Promise<StoredEvidenceOutage[]>,
    readCheckPlacements(db, entity.checks ? [entity.checks] : []),
  ]);
  return {
    entity: toStoredEntityLevel(entity),
    domains: domains.map(toStoredDomainLevel),
    checks: entity.checks ? decodeCheckDocument(entity.checks, placements) : [],
    ...(outages.length ? { outages } : {}),
  };
}
