import { buildLevelAggregate, emptyLevelAggregate } from './levelAggregate';

describe('buildLevelAggregate', () => {
  it('averages levels and scores over the entities of all buckets', () => {
    expect(
      buildLevelAggregate([
        { level: 1, count: 2, scoreSum: 0.4 },
        { level: 4, count: 1, scoreSum: 0.9 },
        { level: 1, count: 1, scoreSum: 0.3 },
      ]),
    ).toEqual({
      entityCount: 4,
      averageLevel: 7 / 4,
      averageScore: expect.closeTo(1.6 / 4, 10),
      distribution: { '0': 0, '1': 3, '2': 0, '3': 0, '4': 1, '5': 0 },
    });
  });

  it('is empty without entities', () => {
    expect(buildLevelAggregate([])).toEqual(emptyLevelAggregate());
    expect(emptyLevelAggregate()).toEqual({
      entityCount: 0,
      averageLevel: null,
      averageScore: null,
      distribution: { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });
  });
});
