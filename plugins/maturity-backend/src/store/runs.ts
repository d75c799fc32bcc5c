import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { RunRequestRow, RunRow } from './rows';
import { TABLES } from './tables';
import { normalizeTimestamp, toIso } from './time';
import type { RunRecord } from './types';

/** The most error details kept per run. */
export const MAX_ERROR_DETAILS = 100;

function toRunRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    trigger: row.trigger as RunRecord['trigger'],
    status: row.status as RunRecord['status'],
    startedAt: row.started_at,
    finishedAt: row.finished_at ?? undefined,
    entities: Number(row.entities),
    changedEntities: Number(row.changed_entities),
    errors: Number(row.errors),
    errorDetails: JSON.parse(row.error_details),
    ...(row.actor ? { actor: row.actor } : {}),
    ...sourcesDownOf(row.sources_down),
  };
}

function sourcesDownOf(
  text: string | null | undefined,
): Pick<RunRecord, 'sourcesDown'> {
  if (!text) return {};
  const sourcesDown: RunRecord['sourcesDown'] = JSON.parse(text);
  return sourcesDown?.length ? { sourcesDown } : {};
}

/** Opens a run record with status `running`; returns its id. */
export async function startRun(
  db: Knex,
  trigger: RunRecord['trigger'],
  now: Date,
  actor?: string,
): Promise<string> {
  const row: RunRow = {
    id: randomUUID(),
    trigger,
    status: 'running',
    started_at: toIso(now),
    finished_at: null,
    entities: 0,
    changed_entities: 0,
    errors: 0,
    error_details: '[]',
    actor: actor ?? null,
  };
  await db(TABLES.runs).insert(row);
  return row.id;
}

/**
 * Closes a run record. Keeps the first 100 error details; `errors` keeps the
 * full count. Without `finishedAt` the current time is used. `sourcesDown`
 * is stored when not empty. Throws a `NotFoundError` for an unknown id.
 */
export async function finishRun(
  db: Knex,
  id: string,
  outcome: Omit<RunRecord, 'id' | 'trigger' | 'startedAt' | 'actor'>,
): Promise<void> {
  const updated = await db(TABLES.runs)
    .where('id', id)
    .update({
      status: outcome.status,
      finished_at: outcome.finishedAt
        ? normalizeTimestamp(outcome.finishedAt, 'finishedAt')
        : toIso(new Date()),
      entities: outcome.entities,
      changed_entities: outcome.changedEntities,
      errors: outcome.errors,
      error_details: JSON.stringify(
        outcome.errorDetails.slice(0, MAX_ERROR_DETAILS),
      ),
      sources_down: outcome.sourcesDown?.length
        ? JSON.stringify(outcome.sourcesDown)
        : null,
    });
  if (updated === 0) {
    throw new NotFoundError(`No run with id ${id}`);
  }
}

/** The most recent runs, newest first. */
export async function listRuns(db: Knex, limit: number): Promise<RunRecord[]> {
  const rows: RunRow[] = await db(TABLES.runs)
    .orderBy([
      { column: 'started_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(Math.max(1, Math.floor(limit)));
  return rows.map(toRunRecord);
}

/** Entity refreshes take seconds; one running for longer than this died. */
const ENTITY_RUN_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Closes runs whose instance stopped before finishing them (a crash, a
 * deploy): every full run still `running` — called by a full run that holds
 * the run lease, so no other full run is alive — and entity refreshes
 * started over an hour ago. They become `failed` with an error saying so.
 * A full run holding the lease with a heartbeat at or after `freshSince`
 * is never closed: its instance is alive. Returns how many were closed.
 */
export async function closeAbandonedRuns(
  db: Knex,
  now: Date,
  freshSince: Date,
): Promise<number> {
  const entityCutoff = toIso(new Date(now.getTime() - ENTITY_RUN_LIFETIME_MS));
  return db(TABLES.runs)
    .where('status', 'running')
    .where(query =>
      query
        .whereNot('trigger', 'entity')
        .orWhere('started_at', '<', entityCutoff),
    )
    .whereNotExists(
      db(TABLES.runLease)
        .select('id')
        .whereNotNull('holder')
        .where('heartbeat_at', '>=', toIso(freshSince))
        .where('run_id', db.ref(`${TABLES.runs}.id`)),
    )
    .update({
      status: 'failed',
      finished_at: toIso(now),
      errors: 1,
      error_details: JSON.stringify([
        {
          message:
            'abandoned: the instance running it stopped before it finished',
        },
      ]),
    });
}

/** Records that someone asked for a manual run; returns the request's id. */
export async function requestRun(
  db: Knex,
  actor: string,
  now: Date,
): Promise<string> {
  const row: RunRequestRow = {
    id: randomUUID(),
    actor,
    requested_at: toIso(now),
  };
  await db(TABLES.runRequests).insert(row);
  return row.id;
}

/** Drops a request whose run could not be started. */
export async function withdrawRunRequest(db: Knex, id: string): Promise<void> {
  await db(TABLES.runRequests).where('id', id).delete();
}

/**
 * Takes every pending request (a run started now serves them all) and
 * returns the earliest one, or undefined when there was none. Called by a
 * full run holding the run lease, so no two runs take at once.
 */
export async function takeRunRequest(
  db: Knex,
): Promise<{ actor: string; requestedAt: string } | undefined> {
  return db.transaction(async tx => {
    const rows: RunRequestRow[] = await tx(TABLES.runRequests).orderBy([
      { column: 'requested_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    if (rows.length === 0) return undefined;
    await tx(TABLES.runRequests)
      .whereIn(
        'id',
        rows.map(r => r.id),
      )
      .delete();
    return { actor: rows[0].actor, requestedAt: rows[0].requested_at };
  });
}
