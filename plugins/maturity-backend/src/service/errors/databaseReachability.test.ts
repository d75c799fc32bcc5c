import type { DatabaseService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../../store/__testUtils__/fixtures';
import { databaseReachability } from './databaseReachability';

jest.setTimeout(60_000);

const databaseOf = (raw: () => Promise<unknown>) =>
  ({ getClient: async () => ({ raw }) } as unknown as DatabaseService);

describe('databaseReachability', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'answers true when %p answers',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const reachable = databaseReachability(mockServices.database({ knex }));
      expect(await reachable()).toBe(true);
    },
  );

  it('answers false when the query fails', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
    });
    const reachable = databaseReachability(
      databaseOf(() => Promise.reject(refused)),
    );
    expect(await reachable()).toBe(false);
  });

  it('answers false when the query hangs past the timeout', async () => {
    const reachable = databaseReachability(
      databaseOf(() => new Promise(() => {})),
      20,
    );
    expect(await reachable()).toBe(false);
  });
});
