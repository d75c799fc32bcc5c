import { toFactHistory } from './toFactHistory';

describe('toFactHistory', () => {
  it('keeps only wanted facts, sorted oldest first', () => {
    expect(
      toFactHistory(
        {
          doraFactRetriever: [
            {
              timestamp: '2026-03-01T00:00:00.000Z',
              facts: { leadTimeHours: 20, deploymentsPerWeek: 9 },
            },
            {
              timestamp: '2026-01-01T00:00:00.000Z',
              facts: { leadTimeHours: 40, deploymentsPerWeek: 3 },
            },
            { timestamp: '2026-02-01T00:00:00.000Z', facts: { other: 1 } },
          ],
          sloFactRetriever: [
            { timestamp: '2026-01-01T00:00:00.000Z', facts: { sloMet: true } },
          ],
        },
        { doraFactRetriever: ['leadTimeHours'] },
      ),
    ).toEqual({
      doraFactRetriever: {
        leadTimeHours: [
          { timestamp: '2026-01-01T00:00:00.000Z', value: 40 },
          { timestamp: '2026-03-01T00:00:00.000Z', value: 20 },
        ],
      },
    });
  });

  it('skips rows without a valid timestamp and null values', () => {
    expect(
      toFactHistory(
        {
          r: [
            { facts: { f: 1 } },
            { timestamp: 'yesterday', facts: { f: 2 } },
            { timestamp: '2026-01-01T00:00:00.000Z', facts: { f: null } },
            { timestamp: '2026-01-02T00:00:00.000Z' },
          ],
        },
        { r: ['f'] },
      ),
    ).toBeUndefined();
  });

  it('returns undefined for empty answers', () => {
    expect(toFactHistory(undefined, { r: ['f'] })).toBeUndefined();
    expect(toFactHistory({}, { r: ['f'] })).toBeUndefined();
    expect(toFactHistory({ r: 'x' as any }, { r: ['f'] })).toBeUndefined();
  });
});
