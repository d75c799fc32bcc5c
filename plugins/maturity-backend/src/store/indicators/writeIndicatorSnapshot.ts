import type { Knex } from 'knex';
import {
  aggregateIndicator,
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

/** A column's mark of an entity without a sample (not in the indicator's scope). */
const ABSENT = Infinity;
/** A column's mark of a sample without data (null); samples are finite. */
const NO_DATA = NaN;

/**
 * Every entity's samples under a model, read once: per entity its owner
 * (an index into `owners`) and, per indicator, a column of its samples in
 * entity order (ABSENT / NO_DATA marks). Numbers only, so that 100 000
 * entities × 19 indicators take 15 MB rather than a list of samples per
 * scope and indicator (about 5 × as many entries, boxed).
 */
interface SampleColumns {
  /** Per entity, the index of its owner in `owners` (-1: no owner). */
  ownerOf: number[];
  owners: string[];
  /** Per indicator (as given), one sample per entity. */
  columns: number[][];
}

async function readSampleColumns(
  db: Knex,
  modelId: string,
  indicatorIds: readonly string[],
): Promise<SampleColumns> {
  const table: SampleColumns = {
    ownerOf: [],
    owners: [],
    columns: indicatorIds.map(() => []),
  };
  const ownerIndex = new Map<string, number>();
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
      // on both sides: else PostgreSQL merges with the entities' index
      // scanned from its start on every page (quadratic in the entities)
      .where('e.entity_ref', '>', after)
      .orderBy('s.entity_ref')
      .limit(PAGE)
      .select('s.entity_ref', 'e.owner_ref', 's.samples');
    if (rows.length === 0) return table;
    for (const row of rows) {
      let owner = -1;
      if (row.owner_ref) {
        owner = ownerIndex.get(row.owner_ref) ?? -1;
        if (owner < 0) {
          owner = table.owners.push(row.owner_ref) - 1;
          ownerIndex.set(row.owner_ref, owner);
        }
      }
      table.ownerOf.push(owner);
      const samples = decodeSamples(row.samples);
      indicatorIds.forEach((id, k) => {
        table.columns[k].push(encodeSample(samples[id]));
      });
    }
    after = rows[rows.length - 1].entity_ref;
  }
}

/** A sample as a number column holds it: absent and no-data as markers. */
function encodeSample(sample: number | null | undefined): number {
  if (sample === undefined) return ABSENT;
  if (sample === null) return NO_DATA;
  return sample;
}

/** A scope's samples of one indicator: `noData` nulls, then the values. */
function* scopeSamples(noData: number, values: number[]) {
  for (let i = 0; i < noData; i++) yield null;
  yield* values;
}

/**
 * Aggregates one indicator per scope (the org, and each group with the
 * entities of all groups below it), from its column: only this indicator's
 * samples per scope are held at a time.
 */
function aggregateColumn(
  indicator: MaturityIndicator,
  column: readonly number[],
  table: SampleColumns,
  scopesOfOwner: ReadonlyArray<readonly number[]>,
  scopeCount: number,
) {
  const values: number[][] = Array.from({ length: scopeCount }, () => []);
  const noData = new Array<number>(scopeCount).fill(0);
  const orgOnly = [0];
  column.forEach((sample, entity) => {
    if (sample === ABSENT) return;
    const owner = table.ownerOf[entity];
    for (const scope of owner < 0 ? orgOnly : scopesOfOwner[owner]) {
      if (Number.isNaN(sample)) noData[scope] += 1;
      else values[scope].push(sample);
    }
  });
  return values.map((list, scope) =>
    aggregateIndicator(indicator, scopeSamples(noData[scope], list)),
  );
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
  const scopes = [ORG_GROUP_REF, ...groups.map(g => g.group_ref)];
  const scopeIndex = new Map(scopes.map((scope, i) => [scope, i]));
  const table: SampleColumns =
    indicators.length === 0
      ? { ownerOf: [], owners: [], columns: [] }
      : await readSampleColumns(
          db,
          modelId,
          indicators.map(i => i.id),
        );
  const ancestors: ReadonlyMap<string, string[]> =
    indicators.length === 0 ? new Map() : await readAncestors(db);
  // per owner, the scopes its entities count for: the org and the owner's
  // known ancestors (itself included)
  const scopesOfOwner = table.owners.map(owner => [
    0,
    ...(ancestors.get(owner) ?? []).flatMap(ref => {
      const index = scopeIndex.get(ref);
      return index === undefined || index === 0 ? [] : [index];
    }),
  ]);
  const computedAt = toIso(now);
  const rows: IndicatorValueRow[] = [];
  const byIndicator = indicators.map((indicator, k) =>
    aggregateColumn(
      indicator,
      table.columns[k],
      table,
      scopesOfOwner,
      scopes.length,
    ),
  );
  scopes.forEach((scope, scopeAt) => {
    indicators.forEach((indicator, k) => {
      const aggregate = byIndicator[k][scopeAt];
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
    });
  });
  await db.transaction(async tx => {
    await tx(TABLES.indicatorValues).where({ model_id: modelId, day }).delete();
    await insertRows(tx, TABLES.indicatorValues, rows);
  });
}
