import type { Knex } from 'knex';
import { TABLES } from './tables';

/** The tables whose row counts steer the plans of the rollup queries. */
const AGGREGATED = [
  TABLES.entities,
  TABLES.domainLevels,
  TABLES.groupClosure,
] as const;

/**
 * Updates the query planner's statistics of the tables that rollups join.
 * Without them SQLite scans every domain level of a model for a one-team
 * rollup instead of starting from the team's closure rows; PostgreSQL's
 * autovacuum would catch up eventually, this makes it immediate.
 */
export async function refreshStatistics(db: Knex): Promise<void> {
  const client = String(db.client.config.client);
  if (client === 'pg') {
    await db.raw(`ANALYZE ${AGGREGATED.join(', ')}`);
  } else if (client.includes('sqlite')) {
    for (const table of AGGREGATED) {
      await db.raw(`ANALYZE ${table}`);
    }
  }
}
