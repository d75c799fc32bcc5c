import type { Knex } from 'knex';
import { aggregateGroups } from './aggregateGroups';
import { emptyLevelAggregate } from './levelAggregate';
import type { RollupSnapshotRow } from './rows';
import { OVERALL_DOMAIN_ID, TABLES } from './tables';
import { assertDay, toDay } from './time';
import type { LevelAggregate, RollupTrendPoint } from './types';
import { insertRows } from './writeRows';

/**
 * Stores one day's rollup of a model: a row per known group × (each domain
 * with results under the model, and overall), computed from current results;
 * groups without entities get rows with a count of 0. Replaces the rows of
 * that day, in one transaction.
 */
export async function writeRollupSnapshot(
  db: Knex,
  modelId: string,
  day: string,
): Promise<void> {
  assertDay(day);
  const groups: Array<{ group_ref: string }> = await db(TABLES.groups)
    .select('group_ref')
    .orderBy('group_ref');
  const domainIds: Array<{ domain_id: string }> = await db(TABLES.domainLevels)
    .where('model_id', modelId)
    .distinct('domain_id')
    .orderBy('domain_id');
  const aggregates = await aggregateGroups(db, modelId);

  const rows: RollupSnapshotRow[] = [];
  const row = (
    groupRef: string,
    domainId: string,
    aggregate: LevelAggregate,
  ): RollupSnapshotRow => ({
    model_id: modelId,
    group_ref: groupRef,
    domain_id: domainId,
    day,
    entity_count: aggregate.entityCount,
    average_level: aggregate.averageLevel,
    average_score: aggregate.averageScore,
  });
  for (const { group_ref: groupRef } of groups) {
    const aggregate = aggregates.get(groupRef);
    rows.push(
      row(
        groupRef,
        OVERALL_DOMAIN_ID,
        aggregate?.overall ?? emptyLevelAggregate(),
      ),
    );
    for (const { domain_id: domainId } of domainIds) {
      rows.push(
        row(
          groupRef,
          domainId,
          aggregate?.domains[domainId] ?? emptyLevelAggregate(),
        ),
      );
    }
  }

  await db.transaction(async tx => {
    await tx(TABLES.rollupSnapshots).where({ model_id: modelId, day }).delete();
    await insertRows(tx, TABLES.rollupSnapshots, rows);
  });
}

/**
 * Reads stored snapshots between two days (inclusive, UTC), ordered by
 * group, domain (overall first) and day.
 */
export async function getRollupTrend(
  db: Knex,
  query: {
    modelId: string;
    groupRef?: string;
    domainId?: string | null;
    from: Date;
    to: Date;
  },
): Promise<RollupTrendPoint[]> {
  const rows: RollupSnapshotRow[] = await db(TABLES.rollupSnapshots)
    .where('model_id', query.modelId)
    .where('day', '>=', toDay(query.from))
    .where('day', '<=', toDay(query.to))
    .modify(q => {
      if (query.groupRef !== undefined) {
        q.where('group_ref', query.groupRef);
      }
      if (query.domainId !== undefined) {
        q.where('domain_id', query.domainId ?? OVERALL_DOMAIN_ID);
      }
    })
    .orderBy(['group_ref', 'domain_id', 'day']);
  return rows.map(r => ({
    day: r.day,
    groupRef: r.group_ref,
    domainId: r.domain_id === OVERALL_DOMAIN_ID ? null : r.domain_id,
    entityCount: Number(r.entity_count),
    averageLevel: r.average_level === null ? null : Number(r.average_level),
    averageScore: r.average_score === null ? null : Number(r.average_score),
  }));
}
