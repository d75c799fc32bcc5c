import { mockServices } from '@backstage/backend-test-utils';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { createTestDatabases } from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe('the stored write generation', () => {
  it.each(databases.eachSupportedId())(
    'starts at 0 and moves on once per bump, for every instance, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const database = mockServices.database({ knex });
      const one = await DatabaseMaturityStore.create({ database });
      const other = await DatabaseMaturityStore.create({ database });
      expect(await one.readWriteGeneration()).toBe(0);
      await Promise.all([
        one.bumpWriteGeneration(),
        other.bumpWriteGeneration(),
      ]);
      expect(await other.readWriteGeneration()).toBe(2);
      expect(await one.readWriteGeneration()).toBe(2);
    },
  );
});
