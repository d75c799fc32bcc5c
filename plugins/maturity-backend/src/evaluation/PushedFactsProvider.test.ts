import {
  createStore,
  createTestDatabases,
} from '../store/__testUtils__/fixtures';
import { PushedFactsProvider } from './PushedFactsProvider';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-12-09T12:00:00.000Z');
const day = (n: number) =>
  new Date(NOW.getTime() - n * 24 * 3600 * 1000).toISOString();
const component = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: {},
});
const none = { techInsights: {}, history: {}, pushed: {}, pushedHistory: {} };

describe('PushedFactsProvider', () => {
  it.each(databases.eachSupportedId())(
    'serves the latest pushed facts and their history to the engine, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const push = (name: string, days: number, facts: object) =>
        store.storePushedFacts(
          {
            entityRef: `component:default/${name}`,
            source: 'ci',
            timestamp: day(days),
            facts: facts as any,
            pushedBy: 'external:ci',
          },
          NOW,
        );
      await push('gateway', 60, { coverage: 50, scanner: 'a' });
      await push('gateway', 20, { coverage: 60, scanner: 'b' });
      await push('gateway', 1, { coverage: 80, scanner: 'c' });
      const provider = new PushedFactsProvider(store, () => NOW);
      expect(provider.evidenceSource).toBe('pushed');

      const evidence = await provider.getEvidence({
        entities: [component('gateway'), component('ledger')],
        requirements: {
          ...none,
          pushed: { ci: ['coverage'] },
          pushedHistory: { ci: { coverage: 30 } },
        },
      });
      expect(Object.fromEntries(evidence)).toEqual({
        'component:default/gateway': {
          pushed: { ci: { facts: { coverage: 80 }, timestamp: day(1) } },
          pushedHistory: {
            ci: {
              coverage: [
                { timestamp: day(60), value: 50 },
                { timestamp: day(20), value: 60 },
                { timestamp: day(1), value: 80 },
              ],
            },
          },
        },
      });

      // nothing read when the models read no pushed fact
      const spy = jest.spyOn(store, 'readLatestPushedFacts');
      expect(
        (
          await provider.getEvidence({
            entities: [component('gateway')],
            requirements: none,
          })
        ).size,
      ).toBe(0);
      expect(spy).not.toHaveBeenCalled();
    },
  );
});
