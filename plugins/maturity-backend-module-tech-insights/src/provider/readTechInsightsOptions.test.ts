import { mockServices } from '@backstage/backend-test-utils';
import { readTechInsightsOptions } from './readTechInsightsOptions';

function read(techInsights?: unknown) {
  const data = techInsights === undefined ? {} : { maturity: { techInsights } };
  return readTechInsightsOptions(
    mockServices.rootConfig({ data: data as any }),
  );
}

describe('readTechInsightsOptions', () => {
  it('uses defaults when nothing is configured', () => {
    expect(read()).toEqual({
      concurrency: 8,
      timeoutMs: 10_000,
      maxConsecutiveFailures: 5,
    });
  });

  it('reads the timeout as milliseconds or as a duration object', () => {
    expect(read({ timeout: 2500 }).timeoutMs).toBe(2500);
    expect(read({ timeout: '750' }).timeoutMs).toBe(750);
    expect(read({ timeout: { seconds: 3, milliseconds: 5 } }).timeoutMs).toBe(
      3005,
    );
    expect(read({ timeout: { minutes: 1 } }).timeoutMs).toBe(60_000);
  });

  it('reads concurrency and the failure threshold', () => {
    expect(read({ concurrency: 2, maxConsecutiveFailures: 3 })).toEqual({
      concurrency: 2,
      timeoutMs: 10_000,
      maxConsecutiveFailures: 3,
    });
  });

  it('rejects nonsense with the offending key', () => {
    expect(() => read({ concurrency: 0 })).toThrow(
      "'maturity.techInsights.concurrency'",
    );
    expect(() => read({ concurrency: 1.5 })).toThrow('positive integer');
    expect(() => read({ maxConsecutiveFailures: -1 })).toThrow(
      "'maturity.techInsights.maxConsecutiveFailures'",
    );
    expect(() => read({ timeout: 0 })).toThrow('longer than 0 ms');
    expect(() => read({ timeout: 'soon' })).toThrow(
      "'maturity.techInsights.timeout'",
    );
    expect(() => read({ timeout: { fortnights: 1 } })).toThrow(
      "'maturity.techInsights.timeout.fortnights': unknown unit",
    );
    expect(() => read({ timeout: { seconds: 'ten' } })).toThrow(
      'non-negative number',
    );
  });
});
