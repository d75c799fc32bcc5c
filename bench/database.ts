/*
 * The database of a bench backend: a fresh PostgreSQL database at
 * 127.0.0.1:5432, or an SQLite file in a temporary directory (as the demo
 * portal and SQLite deployments use). Described by a knex client and
 * connection so that backend processes (bench/backendProcess.ts) can open it
 * too.
 */
import knexFactory, { Knex } from 'knex';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a bench database is, and how to remove it. */
export interface BenchDatabase {
  client: 'pg' | 'better-sqlite3';
  connection: string | { filename: string };
  /** Drops the PostgreSQL database or removes the SQLite file. */
  drop(): Promise<void>;
}

const POSTGRES_SERVER = 'postgresql://postgres@127.0.0.1:5432';

/**
 * Creates an empty bench database on PostgreSQL or in an SQLite file. With
 * BENCH_PG_LOG_SLOW_MS set, PostgreSQL logs the database's statements slower
 * than that many ms (log_min_duration_statement).
 */
export async function createBenchDatabase(options: {
  postgres: boolean;
}): Promise<BenchDatabase> {
  if (options.postgres) {
    const admin = () =>
      knexFactory({ client: 'pg', connection: `${POSTGRES_SERVER}/postgres` });
    const name = `maturity_bench_${Date.now()}`;
    const creator = admin();
    await creator.raw(`CREATE DATABASE ${name}`);
    const slowMs = Number(process.env.BENCH_PG_LOG_SLOW_MS);
    if (slowMs > 0) {
      // statements slower than this go to the server's log, for profiling
      await creator.raw(
        `ALTER DATABASE ${name} SET log_min_duration_statement = ${Math.round(
          slowMs,
        )}`,
      );
    }
    await creator.destroy();
    return {
      client: 'pg',
      connection: `${POSTGRES_SERVER}/${name}`,
      drop: async () => {
        const dropper = admin();
        await dropper.raw(`DROP DATABASE ${name} WITH (FORCE)`);
        await dropper.destroy();
      },
    };
  }
  const directory = await mkdtemp(join(tmpdir(), 'maturity-bench-'));
  const remove = () => rmSync(directory, { recursive: true, force: true });
  process.on('exit', remove); // also when the bench fails
  return {
    client: 'better-sqlite3',
    connection: { filename: join(directory, 'maturity.sqlite') },
    drop: async () => remove(),
  };
}

/** A knex pool on a bench database (at most `max` connections). */
export function benchKnex(
  database: Pick<BenchDatabase, 'client' | 'connection'>,
  max: number,
): Knex {
  return database.client === 'pg'
    ? knexFactory({
        client: 'pg',
        connection: database.connection,
        pool: { min: 0, max },
      })
    : knexFactory({
        client: 'better-sqlite3',
        connection: database.connection,
        useNullAsDefault: true,
      });
}
