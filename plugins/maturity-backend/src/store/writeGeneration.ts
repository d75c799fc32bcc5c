import type { Knex } from 'knex';
import { TABLES } from './tables';

/**
 * The generation of the stored results: moved on by every write that
 * changes what cached reads return, on any instance.
 */
export async function readWriteGeneration(db: Knex): Promise<number> {
  const row = await db(TABLES.writeGeneration)
    .where('id', 1)
    .first('generation');
  return row ? Number(row.generation) : 0;
}

/** Moves the generation on (one statement, safe for concurrent writers). */
export async function bumpWriteGeneration(db: Knex): Promise<void> {
  await db(TABLES.writeGeneration).where('id', 1).increment('generation', 1);
}
