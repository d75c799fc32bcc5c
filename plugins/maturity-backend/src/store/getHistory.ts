import type { Knex } from 'knex';
import { toOptionalNumber } from './resultRows';
import type { LevelHistoryRow } from './rows';
import { TABLES } from './tables';
import { toIso } from './time';
import type { LevelHistoryPoint } from './types';

/**
 * The level history of one entity under a model, oldest first, `from` and
 * `to` inclusive. `domainId`: a domain id for that domain, `null` for the
 * overall level only, absent for everything.
 */
export async function getHistory(
  db: Knex,
  query: {
    entityRef: string;
    modelId: string;
    domainId?: string | null;
    from?: Date;
    to?: Date;
  },
): Promise<LevelHistoryPoint[]> {
  const rows: LevelHistoryRow[] = await db(TABLES.levelHistory)
    .where({ entity_ref: query.entityRef, model_id: query.modelId })
    .modify(q => {
      if (query.domainId === null) {
        q.whereNull('domain_id');
      } else if (query.domainId !== undefined) {
        q.where('domain_id', query.domainId);
      }
      if (query.from) {
        q.where('recorded_at', '>=', toIso(query.from));
      }
      if (query.to) {
        q.where('recorded_at', '<=', toIso(query.to));
      }
    })
    .orderBy([
      { column: 'recorded_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
  return rows.map(row => ({
    entityRef: row.entity_ref,
    modelId: row.model_id,
    domainId: row.domain_id,
    level: toOptionalNumber(row.level),
    previousLevel: toOptionalNumber(row.previous_level),
    score: Number(row.score),
    recordedAt: row.recorded_at,
  }));
}

/**
 * Deletes level history recorded before a moment, and rollup snapshots and
 * indicator values of days before its (UTC) day.
 */
export async function pruneHistory(db: Knex, before: Date): Promise<void> {
  const iso = toIso(before);
  await db.transaction(async tx => {
    await tx(TABLES.levelHistory).where('recorded_at', '<', iso).delete();
    await tx(TABLES.rollupSnapshots)
      .where('day', '<', iso.slice(0, 10))
      .delete();
    await tx(TABLES.indicatorValues)
      .where('day', '<', iso.slice(0, 10))
      .delete();
  });
}
