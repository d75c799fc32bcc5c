import type { DatabaseService } from '@backstage/backend-plugin-api';

/**
 * A check whether the plugin's database answers `select 1` within
 * `timeoutMs`; false on any error or timeout.
 */
export function databaseReachability(
  database: DatabaseService,
  timeoutMs = 3000,
): () => Promise<boolean> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>(resolve => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = database
      .getClient()
      .then(knex => knex.raw('select 1'))
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
