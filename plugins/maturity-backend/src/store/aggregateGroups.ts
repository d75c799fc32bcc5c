import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import {
  buildLevelAggregate,
  emptyLevelAggregate,
  LevelBucket,
  LevelCountRow,
  toLevelBucket,
} from './levelAggregate';
import { TABLES } from './tables';
import type { LevelAggregate } from './types';

/** The aggregates of the entities of one group and all groups below it. */
export interface GroupAggregate {
  /** Every entity, whether any domain applies or not. */
  entityCount: number;
  overall: LevelAggregate;
  domains: Record<string, LevelAggregate>;
}

interface OverallRow extends LevelCountRow {
  group_ref: string;
}

interface DomainRow extends OverallRow {
  domain_id: string;
}

/**
 * The owners (groups) under the given groups, as a subquery for `whereIn`;
 * undefined for every group.
 */
function ownersUnder(db: Knex, groupRefs: readonly string[] | undefined) {
  return groupRefs
    ? db(TABLES.groupClosure)
        .whereIn('ancestor_ref', groupRefs)
        .distinct('group_ref')
    : undefined;
}

/**
 * Entities are counted per owner first (one row per owner and level), and
 * only those rows are spread over the owners' ancestors: the closure join
 * then grows with the groups, not with entities × depth of the group tree.
 */
async function queryOverall(
  db: Knex,
  modelId: string,
  groupRefs: readonly string[] | undefined,
): Promise<OverallRow[]> {
  const owners = ownersUnder(db, groupRefs);
  const perOwner = db({ e: TABLES.entities })
    .where('e.model_id', modelId)
    .modify(query => {
      if (owners) query.whereIn('e.owner_ref', owners);
    })
    .groupBy('e.owner_ref', 'e.level')
    .select(
      'e.owner_ref as owner_ref',
      'e.level as level',
      db.raw('count(*) as n'),
      db.raw('sum(e.score) as score_sum'),
    );
  return db
    .from(perOwner.as('o'))
    .join({ c: TABLES.groupClosure }, 'c.group_ref', 'o.owner_ref')
    .modify(query => {
      if (groupRefs) query.whereIn('c.ancestor_ref', groupRefs);
    })
    .groupBy('c.ancestor_ref', 'o.level')
    .select(
      'c.ancestor_ref as group_ref',
      'o.level as level',
      db.raw('sum(o.n) as n'),
      db.raw('sum(o.score_sum) as score_sum'),
    );
}

/** As {@link queryOverall}, per domain. */
async function queryDomains(
  db: Knex,
  modelId: string,
  groupRefs: readonly string[] | undefined,
): Promise<DomainRow[]> {
  const owners = ownersUnder(db, groupRefs);
  const perOwner = db({ d: TABLES.domainLevels })
    .join({ e: TABLES.entities }, join =>
      join.on('e.model_id', 'd.model_id').andOn('e.entity_ref', 'd.entity_ref'),
    )
    .where('d.model_id', modelId)
    .whereNotNull('d.level')
    .modify(query => {
      if (owners) query.whereIn('e.owner_ref', owners);
    })
    .groupBy('e.owner_ref', 'd.domain_id', 'd.level')
    .select(
      'e.owner_ref as owner_ref',
      'd.domain_id as domain_id',
      'd.level as level',
      db.raw('count(*) as n'),
      db.raw('sum(d.score) as score_sum'),
    );
  return db
    .from(perOwner.as('o'))
    .join({ c: TABLES.groupClosure }, 'c.group_ref', 'o.owner_ref')
    .modify(query => {
      if (groupRefs) query.whereIn('c.ancestor_ref', groupRefs);
    })
    .groupBy('c.ancestor_ref', 'o.domain_id', 'o.level')
    .select(
      'c.ancestor_ref as group_ref',
      'o.domain_id as domain_id',
      'o.level as level',
      db.raw('sum(o.n) as n'),
      db.raw('sum(o.score_sum) as score_sum'),
    );
}

/**
 * Aggregates current results per group, each group counting the entities
 * owned by itself or any group below it (via the closure table): two SQL
 * aggregates grouped by ancestor and level.
 *
 * @param groupRefs - The groups to aggregate, each of which gets an entry
 *   (empty when it owns nothing); all groups owning entities when absent.
 */
export async function aggregateGroups(
  db: Knex,
  modelId: string,
  groupRefs?: readonly string[],
): Promise<Map<string, GroupAggregate>> {
  const overallRows: OverallRow[] = [];
  const domainRows: DomainRow[] = [];
  const pieces = groupRefs ? chunk(groupRefs, WHERE_IN_CHUNK) : [undefined];
  for (const piece of pieces) {
    overallRows.push(...(await queryOverall(db, modelId, piece)));
    domainRows.push(...(await queryDomains(db, modelId, piece)));
  }

  const counts = new Map<string, number>();
  const overallBuckets = new Map<string, LevelBucket[]>();
  for (const row of overallRows) {
    counts.set(row.group_ref, (counts.get(row.group_ref) ?? 0) + Number(row.n));
    if (row.level !== null) {
      const list = overallBuckets.get(row.group_ref) ?? [];
      list.push(toLevelBucket(row));
      overallBuckets.set(row.group_ref, list);
    }
  }
  const domainBuckets = new Map<string, Map<string, LevelBucket[]>>();
  for (const row of domainRows) {
    const byDomain = domainBuckets.get(row.group_ref) ?? new Map();
    const list = byDomain.get(row.domain_id) ?? [];
    list.push(toLevelBucket(row));
    byDomain.set(row.domain_id, list);
    domainBuckets.set(row.group_ref, byDomain);
  }

  const refs = groupRefs ?? [...counts.keys()];
  const result = new Map<string, GroupAggregate>();
  for (const groupRef of refs) {
    const domains: Record<string, LevelAggregate> = {};
    const byDomain = [...(domainBuckets.get(groupRef) ?? [])].sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    for (const [domainId, buckets] of byDomain) {
      domains[domainId] = buildLevelAggregate(buckets);
    }
    const overall = overallBuckets.get(groupRef);
    result.set(groupRef, {
      entityCount: counts.get(groupRef) ?? 0,
      overall: overall ? buildLevelAggregate(overall) : emptyLevelAggregate(),
      domains,
    });
  }
  return result;
}
