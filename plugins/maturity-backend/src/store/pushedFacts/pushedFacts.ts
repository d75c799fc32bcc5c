import type {
  FactHistoryPoint,
  JsonValue,
  TechInsightsFactsEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import { stableJson } from '../json';
import { TABLES } from '../tables';

const DAY_MS = 24 * 3600 * 1000;

/** One push of facts, validated and normalised. */
export interface PushedFactsWrite {
  entityRef: string;
  source: string;
  /** When the facts were observed, ISO 8601 UTC with milliseconds. */
  timestamp: string;
  facts: Record<string, JsonValue>;
  /** The user entity ref or the service subject that pushed. */
  pushedBy: string;
}

/**
 * What storing a push did: `stored` a new row, `unchanged` when the same
 * facts were stored for the key before (a retry), `conflict` when other
 * facts were.
 */
export type PushedFactsOutcome = 'stored' | 'unchanged' | 'conflict';

/** The latest facts of each source of an entity. */
export type LatestPushedFacts = Record<string, TechInsightsFactsEvidence>;

/** Fact values over time of an entity: source → fact → points, oldest first. */
export type PushedFactHistory = Record<
  string,
  Record<string, FactHistoryPoint[]>
>;

interface PushedRow {
  entity_ref: string;
  source: string;
  timestamp: string;
  facts: string;
}

/** Stores a push once per (entity, source, timestamp). */
export async function storePushedFacts(
  db: Knex,
  write: PushedFactsWrite,
  receivedAt: Date,
): Promise<PushedFactsOutcome> {
  const facts = stableJson(write.facts);
  const inserted = await db(TABLES.pushedFacts)
    .insert({
      entity_ref: write.entityRef,
      source: write.source,
      timestamp: write.timestamp,
      facts,
      received_at: receivedAt.toISOString(),
      pushed_by: write.pushedBy,
    })
    .onConflict(['entity_ref', 'source', 'timestamp'])
    .ignore()
    .returning('entity_ref');
  if (inserted.length) return 'stored';
  const existing = await db(TABLES.pushedFacts)
    .where({
      entity_ref: write.entityRef,
      source: write.source,
      timestamp: write.timestamp,
    })
    .first('facts');
  return existing?.facts === facts ? 'unchanged' : 'conflict';
}

/**
 * The latest push of each of `sources` for each entity, with only the facts
 * asked for; entities without pushes are absent.
 */
export async function readLatestPushedFacts(
  db: Knex,
  entityRefs: readonly string[],
  sources: Record<string, string[]>,
): Promise<Map<string, LatestPushedFacts>> {
  const result = new Map<string, LatestPushedFacts>();
  const sourceIds = Object.keys(sources);
  if (!sourceIds.length) return result;
  for (const refs of chunk([...new Set(entityRefs)], WHERE_IN_CHUNK)) {
    const latest = db(TABLES.pushedFacts)
      .select('entity_ref', 'source')
      .max({ latest: 'timestamp' })
      .whereIn('entity_ref', refs)
      .whereIn('source', sourceIds)
      .groupBy('entity_ref', 'source')
      .as('l');
    const rows: PushedRow[] = await db(`${TABLES.pushedFacts} as p`)
      .join(latest, join =>
        join
          .on('p.entity_ref', '=', 'l.entity_ref')
          .andOn('p.source', '=', 'l.source')
          .andOn('p.timestamp', '=', 'l.latest'),
      )
      .select('p.entity_ref', 'p.source', 'p.timestamp', 'p.facts');
    for (const row of rows) {
      const all = JSON.parse(row.facts) as Record<string, JsonValue>;
      const facts: Record<string, JsonValue> = {};
      for (const name of sources[row.source]) {
        if (name in all) facts[name] = all[name];
      }
      const entity = result.get(row.entity_ref) ?? {};
      entity[row.source] = { facts, timestamp: row.timestamp };
      result.set(row.entity_ref, entity);
    }
  }
  return result;
}

/**
 * Earlier values of facts for `trend` conditions: per source, the pushes of
 * the last `days` + 1 (the longest look-back of its facts) up to `now`, and
 * the push in force when that window began (the last one before it), so a
 * baseline is found however seldom a source pushes. Each fact's values come
 * oldest first.
 */
export async function readPushedFactHistory(
  db: Knex,
  entityRefs: readonly string[],
  lookBack: Record<string, Record<string, number>>,
  now: Date,
): Promise<Map<string, PushedFactHistory>> {
  const result = new Map<string, PushedFactHistory>();
  for (const [source, factDays] of Object.entries(lookBack)) {
    const facts = Object.keys(factDays);
    if (!facts.length) continue;
    const days = Math.max(0, ...Object.values(factDays)) + 1;
    const from = new Date(now.getTime() - days * DAY_MS).toISOString();
    for (const refs of chunk([...new Set(entityRefs)], WHERE_IN_CHUNK)) {
      const before = db(TABLES.pushedFacts)
        .select('entity_ref')
        .max({ latest: 'timestamp' })
        .whereIn('entity_ref', refs)
        .where('source', source)
        .where('timestamp', '<', from)
        .groupBy('entity_ref')
        .as('b');
      const [inForce, window]: PushedRow[][] = await Promise.all([
        db(`${TABLES.pushedFacts} as p`)
          .join(before, join =>
            join
              .on('p.entity_ref', '=', 'b.entity_ref')
              .andOn('p.timestamp', '=', 'b.latest'),
          )
          .where('p.source', source)
          .select('p.entity_ref', 'p.timestamp', 'p.facts'),
        db(TABLES.pushedFacts)
          .select('entity_ref', 'timestamp', 'facts')
          .whereIn('entity_ref', refs)
          .where('source', source)
          .where('timestamp', '>=', from)
          .where('timestamp', '<=', now.toISOString()),
      ]);
      // fixed-width ISO timestamps: text order is time order
      const rows = [...inForce, ...window].sort((a, b) =>
        a.timestamp < b.timestamp ? -1 : Number(a.timestamp > b.timestamp),
      );
      for (const row of rows) {
        const values = JSON.parse(row.facts) as Record<string, JsonValue>;
        const entity = result.get(row.entity_ref) ?? {};
        for (const fact of facts) {
          if (!(fact in values)) continue;
          entity[source] ??= {};
          (entity[source][fact] ??= []).push({
            timestamp: row.timestamp,
            value: values[fact],
          });
        }
        if (Object.keys(entity).length) result.set(row.entity_ref, entity);
      }
    }
  }
  return result;
}

/** Deletes pushes observed before `before`; answers how many. */
export async function prunePushedFacts(
  db: Knex,
  before: Date,
): Promise<number> {
  return db(TABLES.pushedFacts)
    .where('timestamp', '<', before.toISOString())
    .delete();
}
