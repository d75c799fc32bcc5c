/*
 * CPU seconds spent by the benchmark's backend process and by the PostgreSQL
 * server processes serving its database: on a busy machine wall-clock times
 * vary with the load, CPU time much less.
 */
import type { Knex } from 'knex';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat on Linux. */
const TICKS_PER_SECOND = 100;

/** CPU seconds so far, per process kind. */
export interface CpuSeconds {
  backend: number;
  database?: number;
}

/** CPU seconds (user + system) of process `pid` so far; 0 once it ended. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name, which may contain spaces
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0; // the process ended
  }
}

/**
 * Reads the CPU seconds of this process and, given a connection to the
 * PostgreSQL database, of every server process connected to it (pooled
 * connections live on between runs, so deltas are meaningful).
 */
export async function cpuSeconds(database?: Knex): Promise<CpuSeconds> {
  const own = process.cpuUsage();
  const backend = (own.user + own.system) / 1e6;
  if (!database) return { backend };
  const { rows } = await database.raw(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  const total = (rows as Array<{ pid: number }>).reduce(
    (sum, row) => sum + processCpuSeconds(row.pid),
    0,
  );
  return { backend, database: total };
}

/** The CPU spent between two readings, as a table cell. */
export function formatCpu(before: CpuSeconds, after: CpuSeconds): string {
  const backend = `backend ${(after.backend - before.backend).toFixed(1)} s`;
  if (after.database === undefined || before.database === undefined) {
    return backend;
  }
  return `${backend}, PostgreSQL ${(after.database - before.database).toFixed(
    1,
  )} s`;
}
