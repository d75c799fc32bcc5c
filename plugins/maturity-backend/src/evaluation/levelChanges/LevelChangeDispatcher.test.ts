import { mockServices } from '@backstage/backend-test-utils';
import { levelChange } from '../../notifications/__testUtils__/levelChange';
import type { LevelChange, LevelChangeListener } from './LevelChange';
import { LevelChangeDispatcher } from './LevelChangeDispatcher';

/** A listener whose calls finish when the test says so. */
function gatedListener(id: string) {
  const calls: Array<readonly LevelChange[]> = [];
  const gates: Array<() => void> = [];
  const listener: LevelChangeListener = {
    id,
    onLevelChanges: changes => {
      calls.push(changes);
      return new Promise<void>(resolve => gates.push(resolve));
    },
  };
  return { listener, calls, gates };
}

const tick = () => new Promise(resolve => setImmediate(resolve));

describe('LevelChangeDispatcher', () => {
  it('returns at once and hands each listener its batches one after the other', async () => {
    const a = gatedListener('a');
    const dispatcher = new LevelChangeDispatcher({
      listeners: [a.listener],
      logger: mockServices.logger.mock(),
    });
    const first = [levelChange({ domainId: 'one' })];
    const second = [levelChange({ domainId: 'two' })];
    dispatcher.dispatch(first, { runId: 'r' });
    dispatcher.dispatch(second, { runId: 'r' });
    await tick();
    expect(a.calls).toEqual([first]);
    a.gates[0]();
    await tick();
    expect(a.calls).toEqual([first, second]);
    a.gates[1]();
    expect(await dispatcher.settle(1000)).toBe(true);
  });

  it('settles false after the timeout while a listener is busy', async () => {
    const a = gatedListener('a');
    const dispatcher = new LevelChangeDispatcher({
      listeners: [a.listener],
      logger: mockServices.logger.mock(),
    });
    dispatcher.dispatch([levelChange()], { runId: 'r' });
    expect(await dispatcher.settle(5)).toBe(false);
    a.gates[0]();
    expect(await dispatcher.settle(1000)).toBe(true);
  });

  it('logs a failing listener and goes on with its next batch', async () => {
    const logger = mockServices.logger.mock();
    const handled: string[] = [];
    let calls = 0;
    const dispatcher = new LevelChangeDispatcher({
      listeners: [
        {
          id: 'flaky',
          onLevelChanges: async changes => {
            calls += 1;
            if (calls === 1) throw new Error('boom');
            handled.push(...changes.map(c => c.domainId ?? 'overall'));
          },
        },
      ],
      logger,
    });
    dispatcher.dispatch([levelChange({ domainId: 'one' })], { runId: 'r' });
    dispatcher.dispatch([levelChange({ domainId: 'two' })], { runId: 'r' });
    expect(await dispatcher.settle(1000)).toBe(true);
    expect(handled).toEqual(['two']);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('listener flaky failed for run r: Error: boom'),
    );
  });

  it('ignores an empty list', async () => {
    const a = gatedListener('a');
    const dispatcher = new LevelChangeDispatcher({
      listeners: [a.listener],
      logger: mockServices.logger.mock(),
    });
    dispatcher.dispatch([], { runId: 'r' });
    expect(a.calls).toEqual([]);
    expect(await dispatcher.settle(5)).toBe(true);
  });
});
