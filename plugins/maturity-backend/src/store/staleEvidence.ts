import type {
  EvidenceOutage,
  StaleEvidenceSummary,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { toStoredOutage } from './evidenceOutages';
import type { EvidenceOutageRow } from './rows';
import { TABLES } from './tables';
import type { StoredEvidenceOutage } from './types';

/** What `GET /stale-evidence` asks for. */
export interface StaleEvidenceQuery {
  modelId: string;
  /** Only entities owned by this group or a group below it. */
  groupRef?: string;
  /** The most entities listed in `items`. */
  limit: number;
}

/** A stored outage as the API answers it for a model. */
export function toEvidenceOutage(
  outage: StoredEvidenceOutage,
  modelId: string,
): EvidenceOutage {
  return {
    source: outage.source,
    since: outage.since,
    lastFailureAt: outage.lastFailureAt,
    ...(outage.lastSuccessAt ? { lastSuccessAt: outage.lastSuccessAt } : {}),
    message: outage.message,
    checks: outage.keptChecks[modelId]?.length ?? 0,
  };
}

type SourceSummary = StaleEvidenceSummary['sources'][number];

function addToSource(
  sources: Map<string, SourceSummary & { latestFailure: string }>,
  outage: StoredEvidenceOutage,
  checks: number,
): void {
  const current = sources.get(outage.source);
  if (!current) {
    sources.set(outage.source, {
      source: outage.source,
      entities: 1,
      checks,
      since: outage.since,
      ...(outage.lastSuccessAt ? { lastSuccessAt: outage.lastSuccessAt } : {}),
      message: outage.message,
      latestFailure: outage.lastFailureAt,
    });
    return;
  }
  current.entities += 1;
  current.checks += checks;
  if (outage.since < current.since) current.since = outage.since;
  if (
    outage.lastSuccessAt &&
    (!current.lastSuccessAt || outage.lastSuccessAt < current.lastSuccessAt)
  ) {
    current.lastSuccessAt = outage.lastSuccessAt;
  }
  if (outage.lastFailureAt > current.latestFailure) {
    current.latestFailure = outage.lastFailureAt;
    current.message = outage.message;
  }
}

/**
 * The entities with results under a model whose evidence could not be read
 * at their latest evaluation, in the whole catalog or among the entities
 * owned within a group's subtree (as group rollups count them). Undefined
 * for an unknown group.
 *
 * @remarks
 * One query over the outages joined with the model's entities (and the
 * group closure); outages are few, so they are summed up in memory. A check
 * kept because of two sources counts once in `checks`.
 */
export async function readStaleEvidence(
  db: Knex,
  query: StaleEvidenceQuery,
): Promise<StaleEvidenceSummary | undefined> {
  const { modelId, groupRef } = query;
  if (groupRef) {
    const group = await db(TABLES.groups).where('group_ref', groupRef).first();
    if (!group) return undefined;
  }
  const rows: Array<EvidenceOutageRow & { title: string | null }> = await db({
    o: TABLES.evidenceOutages,
  })
    .join({ e: TABLES.entities }, 'e.entity_ref', 'o.entity_ref')
    .where('e.model_id', modelId)
    .modify(q => {
      if (groupRef) {
        q.whereIn(
          'e.owner_ref',
          db(TABLES.groupClosure)
            .where('ancestor_ref', groupRef)
            .select('group_ref'),
        );
      }
    })
    .orderBy([
      { column: 'o.entity_ref', order: 'asc' },
      { column: 'o.source', order: 'asc' },
    ])
    .select('o.*', 'e.title');

  const entities = new Map<
    string,
    { title?: string; outages: StoredEvidenceOutage[] }
  >();
  for (const row of rows) {
    const entry = entities.get(row.entity_ref) ?? {
      ...(row.title ? { title: row.title } : {}),
      outages: [],
    };
    entry.outages.push(toStoredOutage(row));
    entities.set(row.entity_ref, entry);
  }

  const sources = new Map<string, SourceSummary & { latestFailure: string }>();
  let checks = 0;
  const items: Array<
    StaleEvidenceSummary['items'][number] & { since: string }
  > = [];
  for (const [entityRef, { title, outages }] of entities) {
    const kept = new Set<string>();
    for (const outage of outages) {
      const ids = outage.keptChecks[modelId] ?? [];
      ids.forEach(id => kept.add(id));
      addToSource(sources, outage, ids.length);
    }
    checks += kept.size;
    items.push({
      entityRef,
      ...(title ? { title } : {}),
      outages: outages.map(o => toEvidenceOutage(o, modelId)),
      since: outages.reduce(
        (earliest, o) => (o.since < earliest ? o.since : earliest),
        outages[0].since,
      ),
    });
  }
  items.sort(
    (a, b) =>
      a.since.localeCompare(b.since) || a.entityRef.localeCompare(b.entityRef),
  );
  return {
    modelId,
    entities: entities.size,
    checks,
    sources: [...sources.values()]
      .sort(
        (a, b) => b.entities - a.entities || a.source.localeCompare(b.source),
      )
      .map(({ latestFailure: _latest, ...source }) => source),
    items: items
      .slice(0, Math.max(0, Math.floor(query.limit)))
      .map(({ since: _since, ...item }) => item),
  };
}
