import type { Knex } from 'knex';
import type { RunLeaseRow } from './rows';
import { TABLES } from './tables';
import { toIso } from './time';

/** Who holds the full run's lease, as stored. */
export interface RunLeaseState {
  /** The token of the acquisition; absent when the lease is free. */
  holder?: string;
  /** The run holding it, once recorded. */
  runId?: string;
  acquiredAt?: string;
  /** The holder's last heartbeat (ISO). */
  heartbeatAt?: string;
}

/** The outcome of `acquireRunLease`. */
export type RunLeaseAcquisition =
  | {
      acquired: true;
      /** The holder whose heartbeat had gone stale, when one was taken over. */
      tookOver?: { runId?: string; heartbeatAt: string };
    }
  | { acquired: false; current: RunLeaseState };

const LEASE_ID = 1;

function toState(row: RunLeaseRow | undefined): RunLeaseState {
  if (!row) return {};
  return {
    ...(row.holder ? { holder: row.holder } : {}),
    ...(row.run_id ? { runId: row.run_id } : {}),
    ...(row.acquired_at ? { acquiredAt: row.acquired_at } : {}),
    ...(row.heartbeat_at ? { heartbeatAt: row.heartbeat_at } : {}),
  };
}

/** The lease as stored. */
export async function readRunLease(db: Knex): Promise<RunLeaseState> {
  return toState(await db(TABLES.runLease).where('id', LEASE_ID).first());
}

/**
 * Takes the full run's lease for `holder` when it is free or its heartbeat
 * is older than `staleBefore`: a compare-and-set on the holder read (one
 * conditional UPDATE, atomic on SQLite and PostgreSQL across processes, so
 * of two instances taking over the same dead run only one succeeds). The run
 * of a holder taken over is recorded as failed ("abandoned: no heartbeat
 * since …").
 */
export async function acquireRunLease(
  db: Knex,
  holder: string,
  now: Date,
  staleBefore: Date,
): Promise<RunLeaseAcquisition> {
  const nowIso = toIso(now);
  const staleIso = toIso(staleBefore);
  const row: RunLeaseRow | undefined = await db(TABLES.runLease)
    .where('id', LEASE_ID)
    .first();
  if (!row) {
    // the migration inserts it; put it back if it went missing
    await db(TABLES.runLease)
      .insert({ id: LEASE_ID })
      .onConflict('id')
      .ignore();
    return acquireRunLease(db, holder, now, staleBefore);
  }
  const current = toState(row);
  const free = !current.holder;
  if (!free && (current.heartbeatAt ?? '') >= staleIso) {
    return { acquired: false, current };
  }
  const update = db(TABLES.runLease).where('id', LEASE_ID);
  if (free) {
    update.whereNull('holder');
  } else {
    update
      .where('holder', current.holder!)
      .where(query =>
        query.whereNull('heartbeat_at').orWhere('heartbeat_at', '<', staleIso),
      );
  }
  const updated = await update.update({
    holder,
    run_id: null,
    acquired_at: nowIso,
    heartbeat_at: nowIso,
  });
  if (updated === 0) {
    // another instance took it (or the holder beat) in between
    return { acquired: false, current: await readRunLease(db) };
  }
  if (free) return { acquired: true };
  const heartbeatAt = current.heartbeatAt ?? current.acquiredAt ?? nowIso;
  if (current.runId) {
    await db(TABLES.runs)
      .where({ id: current.runId, status: 'running' })
      .update({
        status: 'failed',
        finished_at: nowIso,
        errors: 1,
        error_details: JSON.stringify([
          {
            message: `abandoned: no heartbeat since ${heartbeatAt}; taken over by a new run`,
          },
        ]),
      });
  }
  return {
    acquired: true,
    tookOver: {
      ...(current.runId ? { runId: current.runId } : {}),
      heartbeatAt,
    },
  };
}

/** Records which run holds the lease; false when `holder` lost it. */
export async function attachRunToLease(
  db: Knex,
  holder: string,
  runId: string,
): Promise<boolean> {
  const updated = await db(TABLES.runLease)
    .where({ id: LEASE_ID, holder })
    .update({ run_id: runId });
  return updated > 0;
}

/** Moves the holder's heartbeat to `now`; false when `holder` lost the lease. */
export async function heartbeatRunLease(
  db: Knex,
  holder: string,
  now: Date,
): Promise<boolean> {
  const updated = await db(TABLES.runLease)
    .where({ id: LEASE_ID, holder })
    .update({ heartbeat_at: toIso(now) });
  return updated > 0;
}

/** Frees the lease if `holder` still holds it; false otherwise. */
export async function releaseRunLease(
  db: Knex,
  holder: string,
): Promise<boolean> {
  const updated = await db(TABLES.runLease)
    .where({ id: LEASE_ID, holder })
    .update({ holder: null });
  return updated > 0;
}
