import { DateTime } from 'luxon';
import { InMemoryTechInsightsStore } from './InMemoryTechInsightsStore';

describe('InMemoryTechInsightsStore', () => {
  const entity = { kind: 'Component', namespace: 'default', name: 'a' };
  const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

  it('returns the latest row per retriever and rows between two times', async () => {
    const store = new InMemoryTechInsightsStore();
    await store.insertFacts({
      id: 'dora',
      facts: [
        { entity, facts: { mttr: 30 }, timestamp: at('2026-05-02') },
        { entity, facts: { mttr: 90 }, timestamp: at('2026-05-01') },
      ],
    });
    const latest = await store.getLatestFactsByIds(
      ['dora', 'slo'],
      'component:default/a',
    );
    expect(Object.keys(latest)).toEqual(['dora']);
    expect(latest.dora.facts).toEqual({ mttr: 30 });
    const between = await store.getFactsBetweenTimestampsByIds(
      ['dora'],
      'component:default/a',
      at('2026-04-30'),
      at('2026-05-01T12:00:00'),
    );
    expect(between.dora.map(row => row.facts)).toEqual([{ mttr: 90 }]);
    expect(await store.getEntities()).toEqual([
      { kind: 'component', namespace: 'default', name: 'a' },
    ]);
  });

  it('keeps the newest schema version', async () => {
    const store = new InMemoryTechInsightsStore();
    const schema = (description: string) => ({
      mttr: { type: 'integer' as const, description },
    });
    await store.insertFactSchema({
      id: 'dora',
      version: '1.10.0',
      schema: schema('new'),
    });
    await store.insertFactSchema({
      id: 'dora',
      version: '1.9.0',
      schema: schema('old'),
    });
    expect(await store.getLatestSchemas(['dora', 'slo'])).toEqual([
      schema('new'),
    ]);
  });
});
