import type { Knex } from 'knex';
import { migrationsDirectory } from './migrationsDirectory';

/** Key of the PostgreSQL advisory lock that serialises our migrations. */
const MIGRATION_LOCK_KEY = 7_236_942_113;

/**
 * Brings the schema up to date. On PostgreSQL, instances starting at the
 * same time take turns under an advisory lock: knex alone lets the loser of
 * the race fail (creating `knex_migrations` twice, or finding its lock
 * taken) and so abort that instance's startup.
 *
 * @remarks
 * The lock is held by a transaction on one pooled connection while knex
 * migrates on others, so the pool needs at least two connections.
 *
 * @internal
 */
export async function migrateToLatest(db: Knex): Promise<void> {
  const directory = migrationsDirectory();
  if (db.client.dialect !== 'postgresql') {
    await db.migrate.latest({ directory });
    return;
  }
  await db.transaction(async tx => {
    await tx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY]);
    await db.migrate.latest({ directory });
  });
}
