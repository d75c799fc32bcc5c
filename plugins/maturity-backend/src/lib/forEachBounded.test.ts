import { forEachBounded } from './forEachBounded';

describe('forEachBounded', () => {
  it('calls every item with at most the given number in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const items = Array.from({ length: 25 }, (_, i) => i);
    const result = await forEachBounded(items, 4, async item => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise(resolve => setImmediate(resolve));
      seen.push(item);
      inFlight -= 1;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(items);
    expect(most).toBe(4);
    expect(result).toEqual({ failed: 0 });
  });

  it('counts failures and keeps going', async () => {
    const seen: number[] = [];
    const result = await forEachBounded([1, 2, 3, 4], 2, async item => {
      if (item % 2 === 0) throw new Error(`boom ${item}`);
      seen.push(item);
    });
    expect(seen.sort()).toEqual([1, 3]);
    expect(result.failed).toBe(2);
    expect(String(result.firstError)).toMatch(/boom [24]/);
  });

  it('does nothing for no items', async () => {
    const fn = jest.fn();
    expect(await forEachBounded([], 5, fn)).toEqual({ failed: 0 });
    expect(fn).not.toHaveBeenCalled();
  });
});
