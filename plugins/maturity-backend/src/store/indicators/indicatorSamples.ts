import type { Knex } from 'knex';
import type { IndicatorSamples } from '@devops-maturity/plugin-maturity-common';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import { TABLES } from '../tables';
import { upsertRows } from '../writeRows';
import type { IndicatorSamplesRow } from './rows';

/** One entity's indicator samples to store. */
export interface IndicatorSamplesWrite {
  entityRef: string;
  samples: IndicatorSamples;
}

/** The stored text of samples: keys sorted, so equal samples compare equal. */
export function encodeSamples(samples: IndicatorSamples): string {
  const sorted: IndicatorSamples = {};
  for (const id of Object.keys(samples).sort()) sorted[id] = samples[id];
  return JSON.stringify(sorted);
}

/** Parses stored samples; anything but a finite number is no data. */
export function decodeSamples(text: string): IndicatorSamples {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const samples: IndicatorSamples = {};
  for (const [id, value] of Object.entries(parsed)) {
    samples[id] =
      typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return samples;
}

async function readRows(
  db: Knex | Knex.Transaction,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, string>> {
  const stored = new Map<string, string>();
  for (const refs of chunk([...new Set(entityRefs)], WHERE_IN_CHUNK)) {
    const rows: IndicatorSamplesRow[] = await db(TABLES.indicatorSamples)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs)
      .select('entity_ref', 'samples');
    for (const row of rows) stored.set(row.entity_ref, row.samples);
  }
  return stored;
}

/**
 * Stores the indicator samples of entities under a model, in the caller's
 * transaction: rows whose samples changed are replaced, entities without
 * samples (outside every indicator's scope) lose their row, unchanged rows
 * are not written.
 */
export async function writeIndicatorSamples(
  tx: Knex.Transaction,
  modelId: string,
  writes: readonly IndicatorSamplesWrite[],
  nowIso: string,
): Promise<void> {
  if (writes.length === 0) return;
  const stored = await readRows(
    tx,
    modelId,
    writes.map(w => w.entityRef),
  );
  const changed: IndicatorSamplesRow[] = [];
  const emptied: string[] = [];
  for (const { entityRef, samples } of writes) {
    const before = stored.get(entityRef);
    if (Object.keys(samples).length === 0) {
      if (before !== undefined) emptied.push(entityRef);
      continue;
    }
    const text = encodeSamples(samples);
    if (text !== before) {
      changed.push({
        model_id: modelId,
        entity_ref: entityRef,
        samples: text,
        updated_at: nowIso,
      });
    }
  }
  await upsertRows(tx, TABLES.indicatorSamples, changed, [
    'model_id',
    'entity_ref',
  ]);
  for (const refs of chunk(emptied, WHERE_IN_CHUNK)) {
    await tx(TABLES.indicatorSamples)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs)
      .delete();
  }
}

/** The stored samples of entities under a model; entities without any are absent. */
export async function readIndicatorSamples(
  db: Knex,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, IndicatorSamples>> {
  const rows = await readRows(db, modelId, entityRefs);
  return new Map([...rows].map(([ref, text]) => [ref, decodeSamples(text)]));
}
