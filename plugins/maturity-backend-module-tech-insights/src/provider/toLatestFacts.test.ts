import { toLatestFacts } from './toLatestFacts';

describe('toLatestFacts', () => {
  it('keeps the requested retrievers with facts and timestamp', () => {
    expect(
      toLatestFacts(
        {
          doraFactRetriever: {
            id: 'doraFactRetriever',
            entity: 'component:default/a',
            timestamp: '2026-01-02T00:00:00.000Z',
            facts: { leadTimeHours: 18, meta: { source: 'ci' } },
          },
          otherRetriever: { facts: { x: 1 } },
        },
        ['doraFactRetriever', 'sloFactRetriever'],
      ),
    ).toEqual({
      doraFactRetriever: {
        timestamp: '2026-01-02T00:00:00.000Z',
        facts: { leadTimeHours: 18, meta: { source: 'ci' } },
      },
    });
  });

  it('returns undefined for empty or malformed answers', () => {
    expect(toLatestFacts(undefined, ['a'])).toBeUndefined();
    expect(toLatestFacts({}, ['a'])).toBeUndefined();
    expect(toLatestFacts([] as any, ['a'])).toBeUndefined();
    expect(
      toLatestFacts({ a: { facts: 'nope' as any } }, ['a']),
    ).toBeUndefined();
  });

  it('leaves out a missing timestamp', () => {
    expect(toLatestFacts({ a: { facts: { f: true } } }, ['a'])).toEqual({
      a: { facts: { f: true } },
    });
  });
});
