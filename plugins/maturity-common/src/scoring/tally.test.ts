import type { CheckStatus } from '../results/types';
import {
  addTally,
  applicableCount,
  levelOf,
  nextLevelOf,
  tallyChecks,
} from './tally';

const ids = ['a', 'b', 'c', 'd', 'e'];
const levels = [1, 2, 2, 3, 4];

describe('tally', () => {
  it('counts statuses and bounds the level by the lowest blocking check', () => {
    const statuses: CheckStatus[] = [
      'passed',
      'waived',
      'failed',
      'not-applicable',
      'unknown',
    ];
    const tally = tallyChecks([0, 1, 2, 3, 4], levels, statuses);
    expect(tally).toEqual({
      checks: {
        passed: 1,
        failed: 1,
        unknown: 1,
        waived: 1,
        error: 0,
        notApplicable: 1,
      },
      maxLevel: 4,
      lowestBlocking: 2,
    });
    expect(applicableCount(tally.checks)).toBe(4);
    expect(levelOf(tally)).toBe(1);
    expect(nextLevelOf(1, [0, 1, 2, 3, 4], levels, statuses, ids)).toEqual({
      level: 2,
      checkIds: ['c'],
    });
  });

  it('has no level when no check applies, and the top level when all pass', () => {
    const none = tallyChecks([0, 1], levels, [
      'not-applicable',
      'not-applicable',
    ]);
    expect(levelOf(none)).toBeNull();
    const all = tallyChecks([0, 1], levels, ['passed', 'waived']);
    expect(levelOf(all)).toBe(2);
  });

  it('adds a tally to another as if their checks were tallied together', () => {
    const statuses: CheckStatus[] = [
      'passed',
      'error',
      'passed',
      'failed',
      'passed',
    ];
    const together = tallyChecks([0, 1, 2, 3, 4], levels, statuses);
    const sum = tallyChecks([0, 1], levels, statuses);
    addTally(sum, tallyChecks([2, 3, 4], levels, statuses));
    expect(sum).toEqual(together);
    expect(levelOf(sum)).toBe(1);
  });
});
