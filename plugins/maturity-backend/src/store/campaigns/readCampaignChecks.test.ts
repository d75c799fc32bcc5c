import {
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from '../__testUtils__/fixtures';
import { c } from '../__testUtils__/orgFixture';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const at = new Date('2026-03-01T09:00:00.000Z');

describe('DatabaseMaturityStore readCampaignChecks', () => {
  it.each(databases.eachSupportedId())(
    'reads the failing checks toward each entity’s missed targets, only for the refs asked, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const checks = [
        { checkId: 'b1', level: 1, status: 'passed' as const },
        { checkId: 'b2', level: 2, status: 'failed' as const },
        { checkId: 'b3', level: 3, status: 'unknown' as const },
        { checkId: 'b4', level: 4, status: 'error' as const },
        { checkId: 'b5', level: 5, status: 'failed' as const },
        {
          checkId: 'd2',
          domainId: 'deploy',
          level: 2,
          status: 'failed' as const,
        },
      ];
      await store.applyEvaluations(
        ['a', 'b', 'c', 'passing', 'unchecked'].map(name =>
          evaluation({
            entityRef: c(name),
            domains: { build: 1, deploy: 1 },
            checks:
              {
                passing: checks.slice(0, 1),
                unchecked: [],
              }[name] ?? checks,
          }),
        ),
        at,
      );
      const read = await store.readCampaignChecks({
        modelId: MODEL_ID,
        entities: [
          { entityRef: c('a'), notMet: [{ domain: 'build', level: 4 }] },
          { entityRef: c('b'), notMet: [{ domain: 'overall', level: 2 }] },
          { entityRef: c('passing'), notMet: [{ domain: 'build', level: 5 }] },
          {
            entityRef: c('unchecked'),
            notMet: [{ domain: 'build', level: 5 }],
          },
          { entityRef: c('unknown'), notMet: [{ domain: 'build', level: 5 }] },
        ],
      });
      const ids = (ref: string) => read.get(ref)?.map(x => x.checkId);
      // in its domain, at or below the target level, failing or unknown
      expect(read.get(c('a'))).toEqual([
        { checkId: 'b2', domainId: 'build', level: 2, status: 'failed' },
        { checkId: 'b3', domainId: 'build', level: 3, status: 'unknown' },
        { checkId: 'b4', domainId: 'build', level: 4, status: 'error' },
      ]);
      // overall: every domain
      expect(ids(c('b'))).toEqual(['b2', 'd2']);
      expect(ids(c('passing'))).toEqual([]);
      // not asked, or no check stored: absent (none remains)
      expect(read.has(c('c'))).toBe(false);
      expect(read.has(c('unchecked'))).toBe(false);
      expect(read.has(c('unknown'))).toBe(false);
      expect(
        await store.readCampaignChecks({ modelId: MODEL_ID, entities: [] }),
      ).toEqual(new Map());
    },
  );
});
