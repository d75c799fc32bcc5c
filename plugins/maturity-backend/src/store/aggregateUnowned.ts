import type { Knex } from 'knex';
import {
  buildLevelAggregate,
  LevelBucket,
  LevelCountRow,
  toLevelBucket,
} from './levelAggregate';
import { TABLES } from './tables';
import type { GroupAggregate } from './aggregateGroups';
import type { LevelAggregate } from './types';
import { whereUnowned } from './unowned';

/**
 * Aggregates the current results of the entities no known group owns
 * ({@link whereUnowned}), like a group's rollup: entity count, overall level
 * statistics and statistics per domain.
 */
export async function aggregateUnowned(
  db: Knex,
  modelId: string,
): Promise<GroupAggregate> {
  const overallRows: LevelCountRow[] = await db({ e: TABLES.entities })
    .where('e.model_id', modelId)
    .modify(q => whereUnowned(db, q, 'e'))
    .groupBy('e.level')
    .select(
      'e.level as level',
      db.raw('count(*) as n'),
      db.raw('sum(e.score) as score_sum'),
    );
  const domainRows: Array<LevelCountRow & { domain_id: string }> = await db({
    d: TABLES.domainLevels,
  })
    .join({ e: TABLES.entities }, join =>
      join.on('e.model_id', 'd.model_id').andOn('e.entity_ref', 'd.entity_ref'),
    )
    .where('d.model_id', modelId)
    .whereNotNull('d.level')
    .modify(q => whereUnowned(db, q, 'e'))
    .groupBy('d.domain_id', 'd.level')
    .orderBy('d.domain_id')
    .select(
      'd.domain_id as domain_id',
      'd.level as level',
      db.raw('count(*) as n'),
      db.raw('sum(d.score) as score_sum'),
    );

  const byDomain = new Map<string, LevelBucket[]>();
  for (const row of domainRows) {
    const list = byDomain.get(row.domain_id) ?? [];
    list.push(toLevelBucket(row));
    byDomain.set(row.domain_id, list);
  }
  const domains: Record<string, LevelAggregate> = {};
  for (const [domainId, buckets] of byDomain) {
    domains[domainId] = buildLevelAggregate(buckets);
  }
  return {
    entityCount: overallRows.reduce((n, r) => n + Number(r.n), 0),
    overall: buildLevelAggregate(
      overallRows.filter(r => r.level !== null).map(toLevelBucket),
    ),
    domains,
  };
}
