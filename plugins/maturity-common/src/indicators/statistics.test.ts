import { nearestRankPercentile, statisticOf } from './statistics';

describe('nearestRankPercentile', () => {
  it('takes the value at rank ⌈p/100 · n⌉ of the sorted values', () => {
    expect(nearestRankPercentile([4, 1, 3, 2], 50)).toBe(2);
    expect(nearestRankPercentile([1, 2, 3, 4, 5], 50)).toBe(3);
    const oneToTen = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(nearestRankPercentile(oneToTen, 90)).toBe(9);
    expect(nearestRankPercentile(oneToTen, 91)).toBe(10);
    expect(nearestRankPercentile([7], 90)).toBe(7);
    expect(nearestRankPercentile([3, 1], 0)).toBe(1);
  });

  it('never interpolates and leaves its input unsorted', () => {
    const values = [30, 10, 20];
    expect(nearestRankPercentile(values, 50)).toBe(20);
    expect(values).toEqual([30, 10, 20]);
  });

  it('refuses an empty list', () => {
    expect(() => nearestRankPercentile([], 50)).toThrow(RangeError);
  });
});

describe('statisticOf', () => {
  it('computes mean, min, max and percentiles', () => {
    const values = [5, 1, 9, 3];
    expect(statisticOf('mean', values)).toBe(4.5);
    expect(statisticOf('min', values)).toBe(1);
    expect(statisticOf('max', values)).toBe(9);
    expect(statisticOf('p50', values)).toBe(3);
    expect(statisticOf('p90', values)).toBe(9);
  });
});
