import type { Knex } from 'knex';

/** First half of the advisory lock keys of model writes (arbitrary, fixed). */
const MODEL_WRITE_LOCK_CLASS = 7_236_942;

/**
 * Within a transaction on PostgreSQL, waits for and holds (until commit) a
 * lock per model, in a fixed order. Two instances writing evaluations of the
 * same entities (a run on one, a refresh on the other) then diff against
 * each other's committed rows instead of both appending the same history.
 * SQLite serialises writing transactions by itself.
 *
 * @internal
 */
export async function lockModelsForWrite(
  tx: Knex.Transaction,
  modelIds: Iterable<string>,
): Promise<void> {
  if (tx.client.dialect !== 'postgresql') {
    return;
  }
  for (const modelId of [...new Set(modelIds)].sort()) {
    await tx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [
      MODEL_WRITE_LOCK_CLASS,
      modelId,
    ]);
  }
}
