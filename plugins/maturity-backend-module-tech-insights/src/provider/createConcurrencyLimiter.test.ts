import { createConcurrencyLimiter } from './createConcurrencyLimiter';

const tick = () => new Promise(resolve => setTimeout(resolve, 1));

describe('createConcurrencyLimiter', () => {
  it('never runs more than the limit at once, in submission order', async () => {
    const limit = createConcurrencyLimiter(3);
    let running = 0;
    let maxRunning = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        limit(async () => {
          started.push(i);
          running += 1;
          maxRunning = Math.max(maxRunning, running);
          await tick();
          running -= 1;
          return i * 2;
        }),
      ),
    );
    expect(maxRunning).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('frees the slot of a failed task', async () => {
    const limit = createConcurrencyLimiter(1);
    await expect(
      limit(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });

  it('rejects a limit below one', () => {
    expect(() => createConcurrencyLimiter(0)).toThrow(RangeError);
    expect(() => createConcurrencyLimiter(2.5)).toThrow(RangeError);
  });
});
