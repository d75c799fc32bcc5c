import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { readRunTakeoverAfter } from './readRunTakeoverAfter';

const read = (runTakeoverAfter: JsonValue) =>
  readRunTakeoverAfter(new ConfigReader({ maturity: { runTakeoverAfter } }));

describe('readRunTakeoverAfter', () => {
  it('is 2 minutes by default', () => {
    expect(readRunTakeoverAfter(new ConfigReader({}))).toBe(120_000);
  });

  it('reads a duration object or text', () => {
    expect(read({ seconds: 90 })).toBe(90_000);
    expect(read({ minutes: 1, seconds: 30 })).toBe(90_000);
    expect(read('3s')).toBe(3_000);
  });

  it('rejects a bad or non-positive value, naming the key', () => {
    expect(() => read('soon')).toThrow(
      "Invalid maturity.runTakeoverAfter: expected a duration such as { minutes: 2 } or '2m'",
    );
    expect(() => read({ seconds: 0 })).toThrow(
      'Invalid maturity.runTakeoverAfter: the duration must be positive',
    );
  });
});
