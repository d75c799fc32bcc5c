import type { CompiledModel } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { createHash } from 'node:crypto';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import { TABLES } from './tables';

/** Where a check sits in its model: its domain, capability and level. */
export type Placement = [domainId: string, capabilityId: string, level: number];

/**
 * The placement of every check of one model version, content-addressed:
 * `id` is the SHA-256 of `json`. A check document written for the model
 * stores this id instead of each result's domain, capability and level
 * (`maturity_check_placements`); since the id names the content, a model
 * that moves or removes a check gets a new id and earlier documents still
 * read as they were written.
 */
export interface CheckPlacements {
  readonly id: string;
  /** `{"<checkId>":[domainId, capabilityId, level], …}` */
  readonly json: string;
  get(checkId: string): Placement | undefined;
}

/** Check placements by id, as {@link readCheckPlacements} gives them. */
export type PlacementsById = ReadonlyMap<string, CheckPlacements>;

function fromJson(json: string, id?: string): CheckPlacements {
  const byCheck = new Map<string, Placement>(
    Object.entries(JSON.parse(json) as Record<string, Placement>),
  );
  return {
    id: id ?? createHash('sha256').update(json).digest('hex'),
    json,
    get: checkId => byCheck.get(checkId),
  };
}

/** The placements of the checks of `checks` (in their order). */
export function checkPlacements(
  checks: Iterable<{
    checkId: string;
    domainId: string;
    capabilityId: string;
    level: number;
  }>,
): CheckPlacements {
  const entries: Record<string, Placement> = {};
  for (const c of checks) {
    entries[c.checkId] = [c.domainId, c.capabilityId, c.level];
  }
  return fromJson(JSON.stringify(entries));
}

const ofModel = new WeakMap<CompiledModel, CheckPlacements>();

/** The placements of a compiled model's checks, computed once per model. */
export function checkPlacementsOf(compiled: CompiledModel): CheckPlacements {
  let placements = ofModel.get(compiled);
  if (!placements) {
    placements = checkPlacements(
      compiled.checks.map(c => ({
        checkId: c.check.id,
        domainId: c.domainId,
        capabilityId: c.capabilityId,
        level: c.check.level,
      })),
    );
    ofModel.set(compiled, placements);
  }
  return placements;
}

/** Stores placements unless stored already (one statement, idempotent). */
export async function saveCheckPlacements(
  db: Knex | Knex.Transaction,
  placements: Iterable<CheckPlacements>,
): Promise<void> {
  const rows = [...new Set(placements)].map(p => ({
    id: p.id,
    placements: p.json,
  }));
  if (rows.length === 0) return;
  await db(TABLES.checkPlacements).insert(rows).onConflict('id').ignore();
}

/** Content-addressed, so valid for any database and never stale. */
const loaded = new Map<string, CheckPlacements>();

const PREFIX = '{"p":"';

/** The placements id a check document refers to, if it refers to one. */
export function placementsIdOf(document: string): string | undefined {
  if (!document.startsWith(PREFIX)) return undefined;
  return document.slice(PREFIX.length, document.indexOf('"', PREFIX.length));
}

/**
 * The placements that check documents refer to, for
 * `decodeCheckDocument`; read from the database once per process.
 */
export async function readCheckPlacements(
  db: Knex | Knex.Transaction,
  documents: Iterable<string>,
): Promise<PlacementsById> {
  const wanted = new Set<string>();
  for (const document of documents) {
    const id = placementsIdOf(document);
    if (id !== undefined) wanted.add(id);
  }
  const missing = [...wanted].filter(id => !loaded.has(id));
  for (const ids of chunk(missing, WHERE_IN_CHUNK)) {
    const rows: Array<{ id: string; placements: string }> = await db(
      TABLES.checkPlacements,
    ).whereIn('id', ids);
    for (const row of rows) {
      loaded.set(row.id, fromJson(row.placements, row.id));
    }
  }
  const found = new Map<string, CheckPlacements>();
  for (const id of wanted) {
    const placements = loaded.get(id);
    if (placements) found.set(id, placements);
  }
  return found;
}
