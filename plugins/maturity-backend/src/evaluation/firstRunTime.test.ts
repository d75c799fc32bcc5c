import { Duration } from 'luxon';
import { firstRunTime } from './firstRunTime';

const start = new Date('2026-12-07T10:42:00.000Z');

describe('firstRunTime', () => {
  it('adds the initial delay, given as a human duration or a luxon one', () => {
    expect(firstRunTime({ initialDelay: { seconds: 20 } }, start)).toEqual(
      new Date('2026-12-07T10:42:20.000Z'),
    );
    expect(
      firstRunTime({ initialDelay: { minutes: 1, seconds: 30 } }, start),
    ).toEqual(new Date('2026-12-07T10:43:30.000Z'));
    expect(
      firstRunTime({ initialDelay: Duration.fromISO('PT2M') }, start),
    ).toEqual(new Date('2026-12-07T10:44:00.000Z'));
  });

  it('is the start itself without a delay', () => {
    expect(firstRunTime({}, start)).toEqual(start);
  });

  it('refuses a duration that is not one', () => {
    expect(() =>
      firstRunTime({ initialDelay: { seconds: Number.NaN } }, start),
    ).toThrow();
  });
});
