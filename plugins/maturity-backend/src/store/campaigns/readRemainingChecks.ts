import type { CampaignTarget } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { decodeCheckDocument } from '../checkDocument';
import { readCheckPlacements } from '../checkPlacements';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import { TABLES } from '../tables';
import type { StoredCheckResult } from '../types';
import { isRemainingCheck } from './remainingChecks';

/**
 * The checks still standing between entities and the targets they do not
 * meet (`notMet` per entity ref), read from their check documents a chunk
 * of refs at a time: one entry per entity with a document, in no order.
 */
export async function* readRemainingChecks(
  db: Knex,
  modelId: string,
  notMet: ReadonlyMap<string, readonly CampaignTarget[]>,
): AsyncGenerator<[entityRef: string, checks: StoredCheckResult[]]> {
  for (const piece of chunk([...notMet.keys()], WHERE_IN_CHUNK)) {
    const docs: Array<{ entity_ref: string; checks: string }> = await db(
      TABLES.entityChecks,
    )
      .where('model_id', modelId)
      .whereIn('entity_ref', piece)
      .select('entity_ref', 'checks');
    const placements = await readCheckPlacements(
      db,
      docs.map(d => d.checks),
    );
    for (const doc of docs) {
      const targets = notMet.get(doc.entity_ref)!;
      yield [
        doc.entity_ref,
        decodeCheckDocument(doc.checks, placements).filter(c =>
          isRemainingCheck(c, targets),
        ),
      ];
    }
  }
}
