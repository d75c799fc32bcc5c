import { entities } from '../__testUtils__/fixtures';
import { aggregateEntities, weakestEntities } from './aggregate';

describe('aggregateEntities', () => {
  it('computes counts, averages and distributions, skipping not-applicable levels', () => {
    const { overall, domains } = aggregateEntities(entities, [
      'sre',
      'missing',
    ]);
    expect(overall).toEqual({
      entityCount: 3,
      averageLevel: 4 / 3,
      averageScore: 0.5,
      distribution: { '0': 1, '1': 1, '2': 0, '3': 1, '4': 0, '5': 0 },
    });
    expect(domains.sre.entityCount).toBe(2);
    expect(domains.sre.averageLevel).toBe(2);
    expect(domains.missing).toMatchObject({
      entityCount: 0,
      averageLevel: null,
    });
  });
});

describe('weakestEntities', () => {
  it('orders by level, then score, and leaves out not-applicable entities', () => {
    const items = [
      { entityRef: 'a', level: 2, score: 0.5 },
      { entityRef: 'b', level: null, score: 0 },
      { entityRef: 'c', level: 2, score: 0.1 },
      { entityRef: 'd', level: 0, score: 0.9 },
    ];
    expect(weakestEntities(items, 2).map(i => i.entityRef)).toEqual(['d', 'c']);
  });
});
