import type { Knex } from 'knex';
import { chunk } from '../chunks';
import { toOptionalNumber } from '../resultRows';
import type { LevelHistoryRow } from '../rows';
import { TABLES } from '../tables';
import { toIso } from '../time';
import type { LevelHistoryPoint } from '../types';

/**
 * The domain level history of many entities under a model, recorded at or
 * before `to` (any order): a report's history in a few queries.
 */
export async function readHistoryOf(
  db: Knex,
  query: { modelId: string; entityRefs: readonly string[]; to: Date },
): Promise<LevelHistoryPoint[]> {
  const points: LevelHistoryPoint[] = [];
  for (const refs of chunk(query.entityRefs, 500)) {
    const rows: LevelHistoryRow[] = await db(TABLES.levelHistory)
      .where('model_id', query.modelId)
      .whereIn('entity_ref', refs)
      .whereNotNull('domain_id')
      .where('recorded_at', '<=', toIso(query.to));
    for (const row of rows) {
      points.push({
        entityRef: row.entity_ref,
        modelId: row.model_id,
        domainId: row.domain_id,
        level: toOptionalNumber(row.level),
        previousLevel: toOptionalNumber(row.previous_level),
        score: Number(row.score),
        recordedAt: row.recorded_at,
      });
    }
  }
  return points;
}
