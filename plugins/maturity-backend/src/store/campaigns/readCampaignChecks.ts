import type { CampaignTarget } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { decodeCheckDocument } from '../checkDocument';
import { readCheckPlacements } from '../checkPlacements';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import { TABLES } from '../tables';
import { isRemainingCheck } from './remainingChecks';

/** A check still failing (or unknown) toward a target not met. */
export interface CampaignScopeCheck {
  checkId: string;
  domainId: string;
  level: number;
  status: string;
}

/** Whose remaining checks to read: entities and the targets they miss. */
export interface CampaignChecksQuery {
  modelId: string;
  entities: ReadonlyArray<{
    entityRef: string;
    /** The campaign targets the entity does not meet. */
    notMet: readonly CampaignTarget[];
  }>;
}

/**
 * The checks still failing (or unknown) toward the targets each entity does
 * not meet, in the order of its check document; by entity ref. An entity
 * without stored checks has none.
 */
export async function readCampaignChecks(
  db: Knex,
  query: CampaignChecksQuery,
): Promise<Map<string, CampaignScopeCheck[]>> {
  const notMetOf = new Map(query.entities.map(e => [e.entityRef, e.notMet]));
  const result = new Map<string, CampaignScopeCheck[]>();
  for (const piece of chunk([...notMetOf.keys()], WHERE_IN_CHUNK)) {
    const docs: Array<{ entity_ref: string; checks: string }> = await db(
      TABLES.entityChecks,
    )
      .where('model_id', query.modelId)
      .whereIn('entity_ref', piece)
      .select('entity_ref', 'checks');
    const placements = await readCheckPlacements(
      db,
      docs.map(d => d.checks),
    );
    for (const doc of docs) {
      const notMet = notMetOf.get(doc.entity_ref)!;
      result.set(
        doc.entity_ref,
        decodeCheckDocument(doc.checks, placements)
          .filter(c => isRemainingCheck(c, notMet))
          .map(c => ({
            checkId: c.checkId,
            domainId: c.domainId,
            level: c.level,
            status: c.status,
          })),
      );
    }
  }
  return result;
}
