import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { stableJson } from './json';
import type { EvidenceOutageRow } from './rows';
import { TABLES } from './tables';
import type { StoredEvidenceOutage } from './types';
import { upsertRows } from './writeRows';

/** What one page's evaluations found about one entity's evidence sources. */
export interface EntityOutages {
  entityRef: string;
  /**
   * The entity's latest stored `evaluated_at` before this evaluation, when it
   * had stored results: a source found down for the first time was last
   * read then.
   */
  previousEvaluatedAt?: string;
  /** Source → the provider's message and, per model, the checks kept because of it. */
  sources: Map<
    string,
    { message: string; keptChecks: Record<string, string[]> }
  >;
}

/** A stored row as the store's record. */
export function toStoredOutage(row: EvidenceOutageRow): StoredEvidenceOutage {
  return {
    entityRef: row.entity_ref,
    source: row.source,
    since: row.since,
    lastFailureAt: row.last_failure_at,
    ...(row.last_success_at ? { lastSuccessAt: row.last_success_at } : {}),
    message: row.message,
    keptChecks: parseKeptChecks(row.kept_checks),
  };
}

function parseKeptChecks(text: string): Record<string, string[]> {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? value
      : {};
  } catch {
    return {};
  }
}

/**
 * Records the evidence outages a page's evaluations found, in the page's
 * transaction: a source found down is upserted (keeping `since` and
 * `last_success_at` of an existing row, moving `last_failure_at` to `now`),
 * a stored outage of a source the evaluation read is deleted.
 *
 * @remarks
 * One chunked `whereIn` read of the page's stored outages; when no entity of
 * the page has or had an outage, nothing is written.
 */
export async function writeEvidenceOutages(
  tx: Knex.Transaction,
  entities: readonly EntityOutages[],
  now: string,
): Promise<void> {
  if (entities.length === 0) return;
  const stored = new Map<string, Map<string, EvidenceOutageRow>>();
  for (const refs of chunk(
    entities.map(e => e.entityRef),
    WHERE_IN_CHUNK,
  )) {
    const rows: EvidenceOutageRow[] = await tx(TABLES.evidenceOutages)
      .whereIn('entity_ref', refs)
      .select();
    for (const row of rows) {
      const bySource = stored.get(row.entity_ref) ?? new Map();
      bySource.set(row.source, row);
      stored.set(row.entity_ref, bySource);
    }
  }
  const upserts: EvidenceOutageRow[] = [];
  const recovered = new Map<string, string[]>(); // source → entity refs
  for (const { entityRef, previousEvaluatedAt, sources } of entities) {
    const previous = stored.get(entityRef);
    for (const [source, { message, keptChecks }] of sources) {
      const row = previous?.get(source);
      upserts.push({
        entity_ref: entityRef,
        source,
        since: row?.since ?? now,
        last_failure_at: now,
        last_success_at: row
          ? row.last_success_at
          : previousEvaluatedAt ?? null,
        message,
        kept_checks: stableJson(keptChecks),
      });
    }
    for (const source of previous?.keys() ?? []) {
      if (!sources.has(source)) {
        recovered.set(source, [...(recovered.get(source) ?? []), entityRef]);
      }
    }
  }
  await upsertRows(tx, TABLES.evidenceOutages, upserts, [
    'entity_ref',
    'source',
  ]);
  for (const [source, refs] of recovered) {
    for (const piece of chunk(refs, WHERE_IN_CHUNK)) {
      await tx(TABLES.evidenceOutages)
        .where('source', source)
        .whereIn('entity_ref', piece)
        .delete();
    }
  }
}

/** The stored outages of one entity, ordered by source. */
export async function readEvidenceOutages(
  db: Knex,
  entityRef: string,
): Promise<StoredEvidenceOutage[]> {
  const rows: EvidenceOutageRow[] = await db(TABLES.evidenceOutages)
    .where('entity_ref', entityRef)
    .orderBy('source');
  return rows.map(toStoredOutage);
}

/**
 * Deletes the outages of entities that have no stored results under any
 * model any more (they left the catalog).
 */
export async function deleteOutagesOfRemovedEntities(
  tx: Knex.Transaction,
  entityRefs: readonly string[],
): Promise<void> {
  // the refs are bound twice in each statement
  for (const refs of chunk(entityRefs, WHERE_IN_CHUNK / 2)) {
    await tx(TABLES.evidenceOutages)
      .whereIn('entity_ref', refs)
      .whereNotIn(
        'entity_ref',
        tx(TABLES.entities).whereIn('entity_ref', refs).select('entity_ref'),
      )
      .delete();
  }
}
