import type { Knex } from 'knex';
import {
  aggregateIndicator,
  IndicatorSample,
  MaturityIndicator,
} from '@devops-maturity/plugin-maturity-common';
import { ORG_GROUP_REF, TABLES } from '../tables';
import { assertDay, toIso } from '../time';
import { insertRows } from '../writeRows';
import { decodeSamples } from './indicatorSamples';
import type { IndicatorValueRow } from './rows';

/** Entities read per query while collecting samples. */
const PAGE = 1000;

/** Each group's ancestors including itself (from the closure table). */
async function readAncestors(db: Knex): Promise<Map<string, string[]>> {
  const rows: Array<{ group_ref: string; ancestor_ref: string }> = await db(
    TABLES.groupClosure,
  ).select('group_ref', 'ancestor_ref');
  const ancestors = new Map<string, string[]>();
  for (const row of rows) {
    const list = ancestors.get(row.group_ref) ?? [];
    list.push(row.ancestor_ref);
    ancestors.set(row.group_ref, list);
  }
  return ancestors;
}

/**
 * The samples of every entity with results under a model, collected per
 * scope (the org, and each group with the entities of all groups below it)
 * and indicator.
 */
async function collectSamples(
  db: Knex,
  modelId: string,
  ancestors: ReadonlyMap<string, string[]>,
): Promise<Map<string, Map<string, IndicatorSample[]>>> {
  const byScope = new Map<string, Map<string, IndicatorSample[]>>();
  const add = (scope: string, id: string, sample: IndicatorSample) => {
    let byIndicator = byScope.get(scope);
    if (!byIndicator) {
      byIndicator = new Map();
      byScope.set(scope, byIndicator);
    }
    const list = byIndicator.get(id) ?? [];
    list.push(sample);
    byIndicator.set(id, list);
  };
  let after = '';
  for (;;) {
    const rows: Array<{
      entity_ref: string;
      owner_ref: string | null;
      samples: string;
    }> = await db({ s: TABLES.indicatorSamples })
      .join({ e: TABLES.entities }, join =>
        join
          .on('e.model_id', 's.model_id')
          .andOn('e.entity_ref', 's.entity_ref'),
      )
      .where('s.model_id', modelId)
      .where('s.entity_ref', '>', after)
      .orderBy('s.entity_ref')
      .limit(PAGE)
      .select('s.entity_ref', 'e.owner_ref', 's.samples');
    if (rows.length === 0) return byScope;
    for (const row of rows) {
      const scopes = [
        ORG_GROUP_REF,
        ...((row.owner_ref && ancestors.get(row.owner_ref)) || []),
      ];
      for (const [id, sample] of Object.entries(decodeSamples(row.samples))) {
        for (const scope of scopes) add(scope, id, sample);
      }
    }
    after = rows[rows.length - 1].entity_ref;
  }
}

/**
 * Stores one day's value of every indicator of a model for the org and for
 * every known group (its entities and those of every nested group), from
 * the stored samples of the entities with current results. A scope without
 * entities in an indicator's scope gets a row with a null value and zero
 * counts. Replaces the model's rows of that day, in one transaction; other
 * days are kept (the history).
 */
export async function writeIndicatorSnapshot(
  db: Knex,
  modelId: string,
  indicators: readonly MaturityIndicator[],
  day: string,
  now: Date,
): Promise<void> {
  assertDay(day);
  const groups: Array<{ group_ref: string }> = await db(TABLES.groups)
    .select('group_ref')
    .orderBy('group_ref');
  const samples =
    indicators.length === 0
      ? new Map()
      : await collectSamples(db, modelId, await readAncestors(db));
  const computedAt = toIso(now);
  const rows: IndicatorValueRow[] = [];
  for (const scope of [ORG_GROUP_REF, ...groups.map(g => g.group_ref)]) {
    for (const indicator of indicators) {
      const aggregate = aggregateIndicator(
        indicator,
        samples.get(scope)?.get(indicator.id) ?? [],
      );
      rows.push({
        model_id: modelId,
        indicator_id: indicator.id,
        group_ref: scope,
        day,
        value: aggregate.value,
        entity_count: aggregate.entityCount,
        no_data_count: aggregate.noDataCount,
        computed_at: computedAt,
      });
    }
  }
  await db.transaction(async tx => {
    await tx(TABLES.indicatorValues).where({ model_id: modelId, day }).delete();
    await insertRows(tx, TABLES.indicatorValues, rows);
  });
}
