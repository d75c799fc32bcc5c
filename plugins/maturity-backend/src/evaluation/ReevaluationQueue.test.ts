import { mockServices } from '@backstage/backend-test-utils';
import { ReevaluationQueue } from './ReevaluationQueue';

describe('ReevaluationQueue', () => {
  it('answers at once, then evaluates, merging refs enqueued meanwhile into one next batch', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const firstBlocked = new Promise<void>(resolve => {
      release = resolve;
    });
    const queue = new ReevaluationQueue({
      logger: mockServices.logger.mock(),
      evaluate: async refs => {
        batches.push(refs);
        if (batches.length === 1) await firstBlocked;
      },
    });
    expect(queue.enqueue(['a', 'b', 'a'])).toBe(2);
    // nothing has started synchronously
    expect(batches).toEqual([]);
    await new Promise(resolve => setImmediate(resolve));
    expect(batches).toEqual([['a', 'b']]);
    queue.enqueue(['c']);
    queue.enqueue(['d', 'c']);
    release();
    await queue.idle();
    expect(batches).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('logs a failed batch and goes on with the next', async () => {
    const logger = mockServices.logger.mock();
    const batches: string[][] = [];
    const queue = new ReevaluationQueue({
      logger,
      evaluate: async refs => {
        batches.push(refs);
        if (refs.includes('bad')) throw new Error('catalog down');
      },
    });
    queue.enqueue(['bad']);
    await queue.idle();
    queue.enqueue(['good']);
    await queue.idle();
    expect(batches).toEqual([['bad'], ['good']]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('catalog down'),
    );
  });
});
