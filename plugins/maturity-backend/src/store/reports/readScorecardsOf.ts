import type { Knex } from 'knex';
import { chunk } from '../chunks';
import { decodeCheckDocument } from '../checkDocument';
import { readCheckPlacements } from '../checkPlacements';
import { toStoredDomainLevel, toStoredEntityLevel } from '../resultRows';
import type { DomainLevelRow, EntityRow } from '../rows';
import { TABLES } from '../tables';
import type { StoredScorecard } from '../types';

/**
 * The stored scorecards of many entities under one model (entities never
 * evaluated are absent): what {@link getScorecard} reads for one, in two
 * queries per 500 entities.
 */
export async function readScorecardsOf(
  db: Knex,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, StoredScorecard>> {
  const scorecards = new Map<string, StoredScorecard>();
  for (const refs of chunk(entityRefs, 500)) {
    const [entities, domains]: [
      Array<EntityRow & { checks: string | null }>,
      DomainLevelRow[],
    ] = await Promise.all([
      db({ e: TABLES.entities })
        .leftJoin({ c: TABLES.entityChecks }, join =>
          join
            .on('c.model_id', 'e.model_id')
            .andOn('c.entity_ref', 'e.entity_ref'),
        )
        .where('e.model_id', modelId)
        .whereIn('e.entity_ref', refs)
        .select('e.*', 'c.checks'),
      db(TABLES.domainLevels)
        .where('model_id', modelId)
        .whereIn('entity_ref', refs)
        .orderBy(['entity_ref', 'domain_id']),
    ]);
    const placements = await readCheckPlacements(
      db,
      entities.flatMap(e => (e.checks ? [e.checks] : [])),
    );
    for (const entity of entities) {
      scorecards.set(entity.entity_ref, {
        entity: toStoredEntityLevel(entity),
        domains: [],
        checks: entity.checks
          ? decodeCheckDocument(entity.checks, placements)
          : [],
      });
    }
    for (const row of domains) {
      scorecards.get(row.entity_ref)?.domains.push(toStoredDomainLevel(row));
    }
  }
  return scorecards;
}
