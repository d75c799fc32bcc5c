import type { Knex } from 'knex';
import { ORG_GROUP_REF, TABLES } from '../tables';
import { assertDay } from '../time';
import type { StoredIndicatorValue } from '../types';
import type { IndicatorValueRow } from './rows';

/**
 * The stored daily values of a model's indicators for a group (its entities
 * and those of every nested group) or, with `groupRef` null, the org, from
 * `fromDay` on (inclusive), ordered by indicator and day. Undefined when the
 * group is not known.
 */
export async function readIndicatorValues(
  db: Knex,
  query: { modelId: string; groupRef: string | null; fromDay: string },
): Promise<StoredIndicatorValue[] | undefined> {
  assertDay(query.fromDay);
  if (query.groupRef !== null) {
    const group = await db(TABLES.groups)
      .where('group_ref', query.groupRef)
      .first('group_ref');
    if (!group) return undefined;
  }
  const rows: IndicatorValueRow[] = await db(TABLES.indicatorValues)
    .where({
      model_id: query.modelId,
      group_ref: query.groupRef ?? ORG_GROUP_REF,
    })
    .where('day', '>=', query.fromDay)
    .orderBy(['indicator_id', 'day']);
  return rows.map(row => ({
    indicatorId: row.indicator_id,
    day: row.day,
    value: row.value === null ? null : Number(row.value),
    entityCount: Number(row.entity_count),
    noDataCount: Number(row.no_data_count),
    computedAt: row.computed_at,
  }));
}
