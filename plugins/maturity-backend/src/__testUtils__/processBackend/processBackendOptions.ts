import type { JsonObject } from '@backstage/types';

/** The line a backend process prints once it answers, followed by JSON. */
export const READY_MARKER = 'MATURITY_BACKEND_READY';

/** What a backend process is started with (as JSON in its environment). */
export interface ProcessBackendOptions {
  /** `backend.database` config: a SQLite directory or a PostgreSQL server. */
  database: JsonObject;
  /** Components in the generated catalog (plus one group owning them). */
  components: number;
  /** Entities per page (`maturity.batchSize`). */
  batchSize: number;
  /** How long the test fact provider takes for each page. */
  pageDelayMs: number;
  /** `maturity.runTakeoverAfter` in milliseconds. */
  runTakeoverAfterMs: number;
  /** `maturity.resumeAbandonedRuns`; default false here, so that only `POST /runs` takes over. */
  resumeAbandonedRuns?: boolean;
}
