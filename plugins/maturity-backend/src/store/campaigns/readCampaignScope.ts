import {
  CampaignLevelChange,
  CampaignTarget,
  compileEntityPredicate,
  EntityPredicate,
} from '@devops-maturity/plugin-maturity-common';
import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from '../chunks';
import type { EntityRow } from '../rows';
import { TABLES } from '../tables';
import { readRemainingChecks } from './readRemainingChecks';
import { targetsNotMet } from './remainingChecks';
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

/** An entity in a campaign's scope, now: what counting, sorting, filtering
 * and the burn-up need. Its remaining checks are read on demand
 * (`readCampaignChecks`) for the entities returned. */
export interface CampaignScopeEntity {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef?: string;
  /** Current level per target domain (`overall` too); 0 when none. */
  levels: Record<string, number>;
  meets: boolean;
  /** How many checks still fail toward the targets not met; 0 when it meets every target. */
  remainingCheckCount: number;
  /**
   * Recorded level changes per target domain, oldest first; only the
   * domains with changes (one shared empty object for an entity without).
   */
  history: Readonly<Record<string, readonly CampaignLevelChange[]>>;
  /** The teams (of `CampaignScopeData.teams`) the entity counts for; shared by the entities of one owner. */
  teams: readonly string[];
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

const OVERALL = 'overall';

/** Candidates read per statement (keyset pages by ref). */
const CANDIDATE_PAGE = 5_000;

/** The history of every entity without recorded changes. */
const NO_HISTORY: CampaignScopeEntity['history'] = Object.freeze({});

/** The teams of every entity counting for none. */
const NO_TEAMS: readonly string[] = Object.freeze([]);

/** One copy of each distinct string (kinds, owners, times of a run). */
function interner(): (text: string) => string {
  const known = new Map<string, string>();
  return text => {
    const copy = known.get(text);
    if (copy !== undefined) return copy;
    known.set(text, text);
    return text;
  };
}

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

/**
 * Passes the candidates in scope (groups, `withinGroup` and filter), by ref,
 * to `take`; read in keyset pages so that only one page of raw rows is held
 * at a time.
 */
async function readCandidates(
  db: Knex,
  query: CampaignScopeQuery,
  take: (row: CandidateRow) => void,
): Promise<void> {
  const matches = query.filter ? compileEntityPredicate(query.filter) : null;
  let after: string | undefined;
  for (;;) {
    const builder = db<EntityRow>(TABLES.entities)
      .where('model_id', query.modelId)
      .orderBy('entity_ref')
      .limit(CANDIDATE_PAGE);
    if (after !== undefined) builder.where('entity_ref', '>', after);
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
    for (const row of rows) {
      if (!matches || matches(asEntity(row))) take(row);
    }
    if (rows.length < CANDIDATE_PAGE) return;
    after = rows[rows.length - 1].entity_ref;
  }
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
  const intern = interner();
  const domainIds = targets.map(t => t.domain).filter(d => d !== OVERALL);
  const entities = new Map<string, CampaignScopeEntity>();
  const owners = new Set<string>();
  await readCandidates(db, query, row => {
    const levels: Record<string, number> = {};
    for (const t of targets) levels[t.domain] = 0;
    if (levels[OVERALL] !== undefined) levels[OVERALL] = Number(row.level ?? 0);
    const ownerRef = row.owner_ref === null ? null : intern(row.owner_ref);
    if (ownerRef !== null) owners.add(ownerRef);
    entities.set(row.entity_ref, {
      entityRef: row.entity_ref,
      kind: intern(row.kind),
      ...(row.title !== null ? { title: row.title } : {}),
      ...(ownerRef !== null ? { ownerRef } : {}),
      levels,
      meets: false,
      remainingCheckCount: 0,
      history: NO_HISTORY,
      teams: NO_TEAMS,
    });
  });
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
      const entity = entities.get(h.entity_ref)!;
      if (entity.history === NO_HISTORY) entity.history = {};
      const changes = entity.history as Record<string, CampaignLevelChange[]>;
      (changes[h.domain_id ?? OVERALL] ??= []).push({
        at: intern(h.recorded_at),
        level: h.level === null ? null : Number(h.level),
        previousLevel:
          h.previous_level === null ? null : Number(h.previous_level),
      });
    }
  }
  const missing = new Map<string, CampaignTarget[]>();
  for (const entity of entities.values()) {
    const notMet = targetsNotMet(targets, entity.levels);
    entity.meets = notMet.length === 0;
    if (notMet.length) missing.set(entity.entityRef, notMet);
  }
  // only the count: the checks themselves are read for the entities returned
  for await (const [entityRef, checks] of readRemainingChecks(
    db,
    modelId,
    missing,
  )) {
    entities.get(entityRef)!.remainingCheckCount = checks.length;
  }
  const { teams, unknownGroups, teamsOfOwner } = await readScopeTeams(
    db,
    query.groups,
    [...owners],
  );
  for (const entity of entities.values()) {
    entity.teams = entity.ownerRef
      ? teamsOfOwner.get(entity.ownerRef) ?? NO_TEAMS
      : NO_TEAMS;
  }
  return { entities: [...entities.values()], teams, unknownGroups };
}
