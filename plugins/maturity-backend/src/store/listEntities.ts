import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { decodeCursor, encodeCursor } from './cursor';
import { toOptionalNumber, toStoredEntityLevel } from './resultRows';
import type { DomainLevelRow, EntityRow } from './rows';
import { TABLES } from './tables';
import { whereUnowned } from './unowned';
import type { EntityListItem, ListEntitiesQuery } from './types';

/** Applies the filters of a query (not the cursor) to a query of entities. */
function applyFilters(
  db: Knex,
  builder: Knex.QueryBuilder,
  query: ListEntitiesQuery,
): void {
  builder.where('model_id', query.modelId);
  if (query.groupRef !== undefined) {
    builder.whereIn(
      'owner_ref',
      db(TABLES.groupClosure)
        .select('group_ref')
        .where('ancestor_ref', query.groupRef),
    );
  }
  if (query.unowned) {
    whereUnowned(db, builder);
  }
  const { minLevel, maxLevel } = query;
  if (minLevel !== undefined || maxLevel !== undefined) {
    const bounded = (q: Knex.QueryBuilder) => {
      if (minLevel !== undefined) {
        q.where('level', '>=', minLevel);
      }
      if (maxLevel !== undefined) {
        q.where('level', '<=', maxLevel);
      }
    };
    if (query.domainId !== undefined) {
      builder.whereIn(
        'entity_ref',
        db(TABLES.domainLevels)
          .select('entity_ref')
          .where({ model_id: query.modelId, domain_id: query.domainId })
          .modify(bounded),
      );
    } else {
      builder.modify(bounded);
    }
  }
  if (query.kind !== undefined) {
    builder.whereRaw('lower(kind) = ?', [
      query.kind.toLocaleLowerCase('en-US'),
    ]);
  }
  if (query.lifecycle !== undefined) {
    builder.where('lifecycle', query.lifecycle);
  }
}

async function domainsOf(
  db: Knex,
  modelId: string,
  entityRefs: string[],
): Promise<Map<string, EntityListItem['domains']>> {
  const byRef = new Map<string, EntityListItem['domains']>();
  for (const refs of chunk(entityRefs, WHERE_IN_CHUNK)) {
    const rows: Array<
      Pick<DomainLevelRow, 'entity_ref' | 'domain_id' | 'level' | 'score'>
    > = await db(TABLES.domainLevels)
      .where('model_id', modelId)
      .whereIn('entity_ref', refs)
      .orderBy(['entity_ref', 'domain_id'])
      .select('entity_ref', 'domain_id', 'level', 'score');
    for (const row of rows) {
      const domains = byRef.get(row.entity_ref) ?? {};
      domains[row.domain_id] = {
        level: toOptionalNumber(row.level),
        score: Number(row.score),
      };
      byRef.set(row.entity_ref, domains);
    }
  }
  return byRef;
}

/**
 * A page of evaluated entities matching the filters, ordered by entity ref,
 * with keyset paging: the cursor holds the last ref of the previous page, so
 * pages never overlap or skip rows even while results change.
 */
export async function listEntities(
  db: Knex,
  query: ListEntitiesQuery,
): Promise<{
  items: EntityListItem[];
  nextCursor?: string;
  totalCount: number;
}> {
  const limit = Math.max(1, Math.floor(query.limit));
  const after =
    query.cursor !== undefined ? decodeCursor(query.cursor) : undefined;

  const [{ count }] = await db(TABLES.entities)
    .modify(b => applyFilters(db, b, query))
    .count({ count: '*' });

  const rows: EntityRow[] = await db(TABLES.entities)
    .modify(b => applyFilters(db, b, query))
    .modify(b => {
      if (after !== undefined) {
        b.where('entity_ref', '>', after);
      }
    })
    .orderBy('entity_ref')
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const domains = await domainsOf(
    db,
    query.modelId,
    page.map(r => r.entity_ref),
  );
  return {
    items: page.map(row => ({
      ...toStoredEntityLevel(row),
      domains: domains.get(row.entity_ref) ?? {},
    })),
    nextCursor:
      rows.length > limit
        ? encodeCursor(page[page.length - 1].entity_ref)
        : undefined,
    totalCount: Number(count),
  };
}
