import {
  CampaignLevelChange,
  CampaignTarget,
  compileEntityPredicate,
  EntityPredicate,
} from '@devops-maturity/plugin-maturity-common';
import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { decodeCheckDocument } from '../checkDocument';
import { readCheckPlacements } from '../checkPlacements';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import type { EntityRow } from '../rows';
import { TABLES } from '../tables';
import { readScopeTeams } from './readScopeTeams';

/** What a campaign's progress is derived from. */
export interface CampaignScopeQuery {
  modelId: string;
  /** Part of the read cache's key only: a new model version reads anew. */
  modelVersion?: string;
  groups?: string[];
  filter?: EntityPredicate;
  /** Only entities owned by this group or a group nested under it. */
  withinGroup?: string;
  targets: CampaignTarget[];
}

/** A check still failing (or unknown) toward a target not met. */
export interface CampaignScopeCheck {
  checkId: string;
  domainId: string;
  level: number;
  status: string;
}

/** An entity in a campaign's scope, now. */
export interface CampaignScopeEntity {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef?: string;
  /** Current level per target domain (`overall` too); 0 when none. */
  levels: Record<string, number>;
  meets: boolean;
  /** Empty when the entity meets every target. */
  checks: CampaignScopeCheck[];
  /** Recorded level changes per target domain, oldest first. */
  history: Record<string, CampaignLevelChange[]>;
  /** The teams (of `CampaignScopeData.teams`) the entity counts for. */
  teams: string[];
}

/** A team under the scope's groups. */
export interface CampaignScopeTeam {
  groupRef: string;
  title?: string;
  parentRef?: string;
  depth: number;
}

/** Everything a campaign's progress is computed from. */
export interface CampaignScopeData {
  entities: CampaignScopeEntity[];
  teams: CampaignScopeTeam[];
  /** Scope groups the store does not know. */
  unknownGroups: string[];
}

/** The columns of a candidate: what scope predicates and progress read. */
const CANDIDATE_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'title',
  'tags',
  'spec_type',
  'lifecycle',
  'owner_ref',
  'level',
] as const;

/** A candidate entity's row (no hashes, scores or times: not needed). */
type CandidateRow = Pick<EntityRow, (typeof CANDIDATE_COLUMNS)[number]>;

const FAILING = new Set(['failed', 'unknown', 'error']);
const OVERALL = 'overall';

/**
 * The catalog facts stored with an entity, as an entity for scope
 * predicates: kind, metadata name/namespace/title/tags, spec type,
 * lifecycle and owner.
 */
function asEntity(row: CandidateRow): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: row.kind,
    metadata: {
      name: row.name,
      namespace: row.namespace,
      ...(row.title !== null ? { title: row.title } : {}),
      ...(row.tags ? { tags: JSON.parse(row.tags) as string[] } : {}),
    },
    spec: {
      ...(row.spec_type !== null ? { type: row.spec_type } : {}),
      ...(row.lifecycle !== null ? { lifecycle: row.lifecycle } : {}),
      ...(row.owner_ref !== null ? { owner: row.owner_ref } : {}),
    },
  };
}

async function readCandidates(
  db: Knex,
  query: CampaignScopeQuery,
): Promise<CandidateRow[]> {
  const builder = db<EntityRow>(TABLES.entities)
    .where('model_id', query.modelId)
    .orderBy('entity_ref');
  if (query.groups) {
    builder.whereIn(
      'owner_ref',
      db(TABLES.groupClosure)
        .whereIn('ancestor_ref', query.groups)
        .select('group_ref'),
    );
  }
  if (query.withinGroup) {
    builder.whereIn(
      'owner_ref',
      db(TABLES.groupClosure)
        .where('ancestor_ref', query.withinGroup)
        .select('group_ref'),
    );
  }
  const rows: CandidateRow[] = await builder.select(CANDIDATE_COLUMNS);
  if (!query.filter) return rows;
  const matches = compileEntityPredicate(query.filter);
  return rows.filter(row => matches(asEntity(row)));
}

/**
 * Reads what a campaign's progress is derived from: the entities in scope
 * now (owned by the scope's groups or nested groups, matching the filter),
 * their current target levels, the checks still failing toward targets not
 * met, their level history and the teams they count for.
 */
export async function readCampaignScope(
  db: Knex,
  query: CampaignScopeQuery,
): Promise<CampaignScopeData> {
  const { modelId, targets } = query;
  const rows = await readCandidates(db, query);
  const domainIds = targets.map(t => t.domain).filter(d => d !== OVERALL);
  const entities = new Map<string, CampaignScopeEntity>();
  for (const row of rows) {
    const levels: Record<string, number> = {};
    for (const t of targets) levels[t.domain] = 0;
    if (levels[OVERALL] !== undefined) levels[OVERALL] = Number(row.level ?? 0);
    entities.set(row.entity_ref, {
      entityRef: row.entity_ref,
      kind: row.kind,
      ...(row.title !== null ? { title: row.title } : {}),
      ...(row.owner_ref !== null ? { ownerRef: row.owner_ref } : {}),
      levels,
      meets: false,
      checks: [],
      history: Object.fromEntries(targets.map(t => [t.domain, []])),
      teams: [],
    });
  }
  const refs = [...entities.keys()];
  for (const piece of chunk(refs, WHERE_IN_CHUNK)) {
    if (domainIds.length) {
      const levels: Array<{
        entity_ref: string;
        domain_id: string;
        level: number | null;
      }> = await db(TABLES.domainLevels)
        .where('model_id', modelId)
        .whereIn('entity_ref', piece)
        .whereIn('domain_id', domainIds)
        .select('entity_ref', 'domain_id', 'level');
      for (const l of levels) {
        entities.get(l.entity_ref)!.levels[l.domain_id] = Number(l.level ?? 0);
      }
    }
    const history: Array<{
      entity_ref: string;
      domain_id: string | null;
      level: number | null;
      previous_level: number | null;
      recorded_at: string;
    }> = await db(TABLES.levelHistory)
      .where('model_id', modelId)
      .whereIn('entity_ref', piece)
      .where(b => {
        if (domainIds.length) b.whereIn('domain_id', domainIds);
        if (targets.some(t => t.domain === OVERALL)) b.orWhereNull('domain_id');
        else if (!domainIds.length) b.whereRaw('1 = 0');
      })
      .orderBy(['recorded_at', 'id'])
      .select(
        'entity_ref',
        'domain_id',
        'level',
        'previous_level',
        'recorded_at',
      );
    for (const h of history) {
      entities.get(h.entity_ref)!.history[h.domain_id ?? OVERALL].push({
        at: h.recorded_at,
        level: h.level === null ? null : Number(h.level),
        previousLevel:
          h.previous_level === null ? null : Number(h.previous_level),
      });
    }
  }
  const missing = new Map<string, CampaignTarget[]>();
  for (const entity of entities.values()) {
    const notMet = targets.filter(t => entity.levels[t.domain] < t.level);
    entity.meets = notMet.length === 0;
    if (notMet.length) missing.set(entity.entityRef, notMet);
  }
  // a check with a status is one object, shared by every entity failing it:
  // a scope of 100 000 entities holds a few hundred, not millions
  const shared = new Map<string, CampaignScopeCheck>();
  const sharedCheck = (c: CampaignScopeCheck): CampaignScopeCheck => {
    const key = `${c.checkId}\u0000${c.domainId}\u0000${c.level}\u0000${c.status}`;
    let check = shared.get(key);
    if (!check) {
      check = Object.freeze({
        checkId: c.checkId,
        domainId: c.domainId,
        level: c.level,
        status: c.status,
      });
      shared.set(key, check);
    }
    return check;
  };
  for (const piece of chunk([...missing.keys()], WHERE_IN_CHUNK)) {
    const docs: Array<{ entity_ref: string; checks: string }> = await db(
      TABLES.entityChecks,
    )
      .where('model_id', modelId)
      .whereIn('entity_ref', piece)
      .select('entity_ref', 'checks');
    const placements = await readCheckPlacements(
      db,
      docs.map(d => d.checks),
    );
    for (const doc of docs) {
      const notMet = missing.get(doc.entity_ref)!;
      entities.get(doc.entity_ref)!.checks = decodeCheckDocument(
        doc.checks,
        placements,
      )
        .filter(
          c =>
            FAILING.has(c.status) &&
            notMet.some(
              t =>
                c.level <= t.level &&
                (t.domain === OVERALL || t.domain === c.domainId),
            ),
        )
        .map(c => sharedCheck(c));
    }
  }
  const { teams, unknownGroups, teamsOfOwner } = await readScopeTeams(
    db,
    query.groups,
    [...new Set(rows.map(r => r.owner_ref).filter((o): o is string => !!o))],
  );
  for (const entity of entities.values()) {
    entity.teams = entity.ownerRef
      ? teamsOfOwner.get(entity.ownerRef) ?? []
      : [];
  }
  return { entities: [...entities.values()], teams, unknownGroups };
}
