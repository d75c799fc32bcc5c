import {
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from '../__testUtils__/fixtures';
import { c, g, GROUPS } from '../__testUtils__/orgFixture';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const at = (day: string) => new Date(`${day}T09:00:00.000Z`);
const tier1 = ['tier-1'];

describe('DatabaseMaturityStore readCampaignScope', () => {
  it.each(databases.eachSupportedId())(
    'finds the entities of nested groups matching the filter, with history from before the campaign, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.replaceGroups(GROUPS);
      const write = (
        name: string,
        owner: string,
        build: number,
        extra: Partial<Parameters<typeof evaluation>[0]> = {},
      ) =>
        evaluation({
          entityRef: c(name),
          ownerRef: owner,
          tags: tier1,
          level: build,
          domains: { build, deploy: 1 },
          ...extra,
        });
      await store.applyEvaluations(
        [
          write('core', g('payments-core'), 1),
          write('api', g('payments'), 3),
          write('cards-web', g('cards'), 2, { tags: undefined }),
          write('docs', g('platform'), 3),
        ],
        at('2026-01-10'),
      );
      await store.applyEvaluations(
        [write('core', g('payments-core'), 3)],
        at('2026-02-01'),
      );
      // leaves the scope: now owned outside it
      await store.applyEvaluations(
        [write('api', g('platform'), 3)],
        at('2026-02-05'),
      );
      // enters the scope
      await store.applyEvaluations(
        [
          write('late', g('payments'), 2, {
            checks: [
              { checkId: 'b2', level: 2, status: 'failed' },
              { checkId: 'b3', level: 3, status: 'unknown' },
              { checkId: 'b3ok', level: 3, status: 'passed' },
              { checkId: 'b4', level: 4, status: 'failed' },
              { checkId: 'd1', domainId: 'deploy', level: 1, status: 'failed' },
            ],
          }),
        ],
        at('2026-02-10'),
      );

      const data = await store.readCampaignScope({
        modelId: MODEL_ID,
        groups: [g('retail'), g('ghost')],
        filter: { 'metadata.tags': 'tier-1' },
        targets: [{ domain: 'build', level: 3 }],
      });
      expect(data.unknownGroups).toEqual([g('ghost')]);
      expect(data.entities.map(e => [e.entityRef, e.meets])).toEqual([
        [c('core'), true],
        [c('late'), false],
      ]);
      const [core, late] = data.entities;
      expect(core).toMatchObject({
        kind: 'Component',
        ownerRef: g('payments-core'),
        levels: { build: 3 },
        remainingCheckCount: 0,
      });
      expect(core.history.build).toEqual([
        {
          at: '2026-01-10T09:00:00.000Z',
          level: 1,
          previousLevel: null,
        },
        { at: '2026-02-01T09:00:00.000Z', level: 3, previousLevel: 1 },
      ]);
      expect([...core.teams].sort()).toEqual(
        [g('payments-core'), g('payments'), g('retail')].sort(),
      );
      // counted only: the checks are read for the entities returned
      expect(late.remainingCheckCount).toBe(2);
      expect(late).not.toHaveProperty('checks');
      const checks = await store.readCampaignChecks({
        modelId: MODEL_ID,
        entities: [
          {
            entityRef: late.entityRef,
            notMet: [{ domain: 'build', level: 3 }],
          },
        ],
      });
      expect(
        checks.get(late.entityRef)!.map(x => [x.checkId, x.status]),
      ).toEqual([
        ['b2', 'failed'],
        ['b3', 'unknown'],
      ]);
      expect([...late.teams].sort()).toEqual(
        [g('payments'), g('retail')].sort(),
      );
      expect(data.teams).toEqual([
        {
          groupRef: g('cards'),
          title: 'Cards',
          parentRef: g('retail'),
          depth: 1,
        },
        {
          groupRef: g('payments'),
          title: 'Payments',
          parentRef: g('retail'),
          depth: 1,
        },
        { groupRef: g('payments-core'), parentRef: g('payments'), depth: 2 },
        { groupRef: g('retail'), title: 'Retail', depth: 0 },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the overall level and its history, and every group above owners without scope groups, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.replaceGroups(GROUPS);
      await store.applyEvaluations(
        [
          evaluation({
            entityRef: c('a'),
            ownerRef: g('payments'),
            level: 2,
            domains: { build: 2 },
            checks: [{ checkId: 'x', domainId: 'deploy', status: 'failed' }],
          }),
          evaluation({
            entityRef: 'system:default/s',
            level: 4,
            domains: { build: 4 },
          }),
        ],
        at('2026-03-01'),
      );
      const data = await store.readCampaignScope({
        modelId: MODEL_ID,
        filter: { kind: 'component' },
        targets: [{ domain: 'overall', level: 3 }],
      });
      expect(data.entities).toHaveLength(1);
      expect(data.entities[0]).toMatchObject({
        levels: { overall: 2 },
        meets: false,
        remainingCheckCount: 1,
        history: {
          overall: [
            { at: '2026-03-01T09:00:00.000Z', level: 2, previousLevel: null },
          ],
        },
      });
      expect(data.teams.map(t => [t.groupRef, t.depth])).toEqual([
        [g('org'), 0],
        [g('payments'), 2],
        [g('retail'), 1],
      ]);
      const nothing = await store.readCampaignScope({
        modelId: MODEL_ID,
        groups: [g('platform')],
        targets: [{ domain: 'build', level: 1 }],
      });
      expect(nothing.entities).toEqual([]);
      expect(nothing.unknownGroups).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'sees tags changed without any other change of the evaluation, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const write = (tags?: string[]) =>
        evaluation({ entityRef: c('a'), domains: { build: 2 }, tags });
      const tagged = () =>
        store.readCampaignScope({
          modelId: MODEL_ID,
          filter: { 'metadata.tags': 'tier-1' },
          targets: [{ domain: 'build', level: 1 }],
        });
      await store.applyEvaluations([write()], at('2026-03-01'));
      expect((await tagged()).entities).toEqual([]);
      await store.applyEvaluations([write(['tier-1'])], at('2026-03-02'));
      expect((await tagged()).entities.map(e => e.entityRef)).toEqual([c('a')]);
      await store.applyEvaluations([write([])], at('2026-03-03'));
      expect((await tagged()).entities).toEqual([]);
    },
  );
});
