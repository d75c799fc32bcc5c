import type { RuleCondition } from '../model/types';
import {
  component,
  daysAgo,
  evaluateRule,
  NOW,
} from '../__testUtils__/fixtures';

const ti = (facts: Record<string, unknown>) => ({
  techInsights: { r: { facts: facts as any } },
});
const cond = (
  operator: RuleCondition['operator'],
  value?: unknown,
  label?: string,
) =>
  ({
    fact: 'techInsights.r.f',
    operator,
    value,
    ...(label ? { label } : {}),
  } as RuleCondition);

describe('operators', () => {
  it.each<[string, RuleCondition, unknown, string, string]>([
    // operator, condition, observed, status, message
    ['exists (present)', cond('exists'), 0, 'passed', 'f is set (0)'],
    [
      'exists false (present)',
      cond('exists', false),
      'x',
      'failed',
      "f is set ('x'), required to be absent",
    ],
    [
      'equals',
      cond('equals', 'Production'),
      'production',
      'passed',
      "f is 'production'",
    ],
    ['equals number/string', cond('equals', 7), '7', 'passed', "f is '7'"],
    [
      'equals mismatch',
      cond('equals', true),
      false,
      'failed',
      'f is false, required true',
    ],
    [
      'equals object',
      cond('equals', 1),
      { a: 1 },
      'error',
      'f is {"a":1}, not a single value',
    ],
    [
      'notEquals',
      cond('notEquals', 'deprecated'),
      'production',
      'passed',
      "f is 'production'",
    ],
    [
      'notEquals mismatch',
      cond('notEquals', 'deprecated'),
      'Deprecated',
      'failed',
      "f is 'Deprecated', required anything but 'deprecated'",
    ],
    ['in', cond('in', ['a', 'b']), 'B', 'passed', "f is 'B'"],
    [
      'in array',
      cond('in', ['a', 'b']),
      ['x', 'b'],
      'passed',
      'f is ["x","b"]',
    ],
    [
      'in miss',
      cond('in', ['a', 'b']),
      'c',
      'failed',
      "f is 'c', required one of 'a', 'b'",
    ],
    [
      'matches',
      cond('matches', '^url:'),
      'url:https://x',
      'passed',
      "f 'url:https://x' matches /^url:/",
    ],
    [
      'matches flags',
      cond('matches', { pattern: '^URL:', flags: 'i' }),
      'url:x',
      'passed',
      "f 'url:x' matches /^URL:/i",
    ],
    [
      'matches miss',
      cond('matches', '^url:'),
      'https://x',
      'failed',
      "f is 'https://x', required to match /^url:/",
    ],
    [
      'matches number',
      cond('matches', '^4'),
      42,
      'passed',
      'f 42 matches /^4/',
    ],
    [
      'matches object',
      cond('matches', 'x'),
      { x: 1 },
      'error',
      'f is {"x":1}, not text',
    ],
    [
      'contains string',
      cond('contains', 'Pay'),
      'quickpay',
      'passed',
      "f contains 'Pay'",
    ],
    [
      'contains array',
      cond('contains', 'slo'),
      ['runbook', 'SLO'],
      'passed',
      "f contains 'slo'",
    ],
    [
      'contains miss',
      cond('contains', 'slo'),
      ['runbook'],
      'failed',
      'f is ["runbook"], required to contain \'slo\'',
    ],
    [
      'contains number',
      cond('contains', 'x'),
      5,
      'error',
      'f is 5, not text or a list',
    ],
    ['gt', cond('gt', 80), 80.5, 'passed', 'f is 80.5 (> 80)'],
    ['gt equal', cond('gt', 80), 80, 'failed', 'f is 80, required > 80'],
    [
      'gte',
      cond('gte', 80, 'coverage'),
      62,
      'failed',
      'coverage is 62, required ≥ 80',
    ],
    [
      'gte numeric string',
      cond('gte', 80),
      '92.123',
      'passed',
      'f is 92.12 (≥ 80)',
    ],
    [
      'gte not a number',
      cond('gte', 80),
      'high',
      'error',
      "f is 'high', not a number",
    ],
    ['lt', cond('lt', 3), 2.9, 'passed', 'f is 2.9 (< 3)'],
    ['lt miss', cond('lt', 3), 3, 'failed', 'f is 3, required < 3'],
    ['lte', cond('lte', 0), 0, 'passed', 'f is 0 (≤ 0)'],
    ['lte miss', cond('lte', 0), 2, 'failed', 'f is 2, required ≤ 0'],
    [
      'withinDays',
      cond('withinDays', 90),
      daysAgo(45),
      'passed',
      'f was 2026-04-17 (45 days ago), within the last 90 days',
    ],
    [
      'withinDays old',
      cond('withinDays', 90),
      daysAgo(120),
      'failed',
      'f was 2026-02-01 (120 days ago), required within the last 90 days',
    ],
    [
      'withinDays epoch',
      cond('withinDays', 1),
      NOW.getTime() - 3600_000,
      'passed',
      'f was 2026-05-31 (0 days ago), within the last 1 days',
    ],
    [
      'withinDays future',
      cond('withinDays', 90, 'last DR drill'),
      '2030-01-01',
      'failed',
      'last DR drill was 2030-01-01 (in the future), required within the last 90 days: a date in the future is not evidence',
    ],
    [
      'withinDays a day ahead (clock skew)',
      cond('withinDays', 1),
      '2026-06-02T00:00:00Z',
      'passed',
      'f was 2026-06-02 (0 days ago), within the last 1 days',
    ],
    [
      'withinDays beyond the skew',
      cond('withinDays', 1),
      '2026-06-02T00:00:01Z',
      'failed',
      'f was 2026-06-02 (in the future), required within the last 1 days: a date in the future is not evidence',
    ],
    [
      'withinDays future epoch',
      cond('withinDays', 30),
      NOW.getTime() + 3 * 86_400_000,
      'failed',
      'f was 2026-06-04 (in the future), required within the last 30 days: a date in the future is not evidence',
    ],
    [
      'withinDays not a date',
      cond('withinDays', 1),
      'last week',
      'error',
      "f is 'last week', not a date",
    ],
  ])('%s', (_, condition, observed, status, message) => {
    const result = evaluateRule(condition, ti({ f: observed }));
    expect(result).toMatchObject({ status, message, value: observed });
  });

  it('treats a missing fact as unknown, never failed', () => {
    const values = {
      exists: undefined,
      equals: 1,
      gte: 1,
      withinDays: 1,
      trend: { days: 30, direction: 'increase', minChangePercent: 1 },
    };
    for (const [operator, value] of Object.entries(values) as Array<
      [RuleCondition['operator'], unknown]
    >) {
      const result = evaluateRule(cond(operator, value), ti({}));
      expect(result).toMatchObject({
        status: 'unknown',
        message: 'r has not reported f',
      });
      expect(result.value).toBeUndefined();
    }
  });

  it('fails a known-absent entity fact for every operator except exists false', () => {
    const fact = 'entity.spec.tier';
    expect(evaluateRule({ fact, operator: 'exists' })).toMatchObject({
      status: 'failed',
      message: 'spec.tier is missing',
    });
    expect(
      evaluateRule({ fact, operator: 'exists', value: false }),
    ).toMatchObject({ status: 'passed', message: 'spec.tier is not set' });
    expect(evaluateRule({ fact, operator: 'gte', value: 2 })).toMatchObject({
      status: 'failed',
      message: 'spec.tier is missing, required ≥ 2',
    });
    expect(evaluateRule({ fact, operator: 'in', value: ['a'] })).toMatchObject({
      status: 'failed',
      message: "spec.tier is missing, required one of 'a'",
    });
  });

  it('treats blank strings and empty lists as absent', () => {
    const entity = component('svc', {
      annotations: { 'pagerduty.com/service-id': '  ' },
      metadata: { tags: [] },
    });
    expect(
      evaluateRule(
        {
          fact: "entity.metadata.annotations['pagerduty.com/service-id']",
          operator: 'exists',
        },
        {},
        entity,
      ),
    ).toMatchObject({
      status: 'failed',
      message: 'annotation pagerduty.com/service-id is missing',
    });
    expect(
      evaluateRule(
        { fact: 'entity.metadata.tags', operator: 'exists' },
        {},
        entity,
      ).status,
    ).toBe('failed');
  });

  it('shows a value beside its threshold with the digits that tell them apart', () => {
    expect(evaluateRule(cond('gt', 3), ti({ f: 3.0001 })).message).toBe(
      'f is 3.0001 (> 3)',
    );
    expect(evaluateRule(cond('gte', 3), ti({ f: 2.9999 })).message).toBe(
      'f is 2.9999, required ≥ 3',
    );
    expect(evaluateRule(cond('lte', 0.333), ti({ f: 0.3331 })).message).toBe(
      'f is 0.3331, required ≤ 0.333',
    );
  });

  it("writes 'an increase' and 'a decrease'", () => {
    const trend = (direction: string) =>
      evaluateRule(
        {
          fact: 'techInsights.r.f',
          operator: 'trend',
          value: { days: 30, direction, minChangePercent: 10 },
        } as RuleCondition,
        {
          ...ti({ f: 100 }),
          factHistory: { r: { f: [{ timestamp: daysAgo(40), value: 100 }] } },
        },
      ).message;
    expect(trend('increase')).toBe(
      'f went from 100 (2026-04-22) to 100: +0 %, required an increase of ≥ 10 % over 30 days',
    );
    expect(trend('decrease')).toContain('required a decrease of ≥ 10 %');
  });

  describe('trend', () => {
    const leadTime = {
      fact: 'techInsights.dora.leadTimeHours',
      operator: 'trend',
      label: 'lead time',
    } as const;
    const decrease40 = {
      ...leadTime,
      value: { days: 180, direction: 'decrease', minChangePercent: 40 },
    } as RuleCondition;
    const history = (...points: Array<[number, unknown]>) => ({
      factHistory: {
        dora: {
          leadTimeHours: points.map(([days, value]) => ({
            timestamp: daysAgo(days),
            value: value as any,
          })),
        },
      },
    });
    const current = (value: unknown) => ({
      techInsights: { dora: { facts: { leadTimeHours: value as any } } },
    });

    it('passes when the value improved enough since N days ago', () => {
      const result = evaluateRule(decrease40, {
        ...current(18),
        ...history([200, 80], [180, 52], [90, 30]),
      });
      expect(result).toMatchObject({
        status: 'passed',
        message:
          'lead time went from 52 (2025-12-03) to 18: -65.38 %, a decrease of ≥ 40 % over 180 days',
        value: 18,
      });
    });

    it('fails when it did not improve enough, or moved the wrong way', () => {
      expect(
        evaluateRule(decrease40, { ...current(40), ...history([181, 52]) }),
      ).toMatchObject({
        status: 'failed',
        message:
          'lead time went from 52 (2025-12-02) to 40: -23.08 %, required a decrease of ≥ 40 % over 180 days',
      });
      expect(
        evaluateRule(decrease40, { ...current(80), ...history([181, 52]) })
          .status,
      ).toBe('failed');
      const increase = {
        ...leadTime,
        value: { days: 90, direction: 'increase', minChangePercent: 20 },
      } as RuleCondition;
      expect(
        evaluateRule(increase, { ...current(13), ...history([95, 10]) }).status,
      ).toBe('passed');
      expect(
        evaluateRule(increase, { ...current(11), ...history([95, 10]) }).status,
      ).toBe('failed');
    });

    it('is unknown without a history point that old', () => {
      expect(
        evaluateRule(decrease40, {
          ...current(18),
          ...history([90, 30], [10, 20]),
        }),
      ).toMatchObject({
        status: 'unknown',
        message: 'no lead time history from 180 days ago to compare with',
      });
      expect(evaluateRule(decrease40, current(18)).status).toBe('unknown');
    });

    it('is unknown without a current value, error on non-numeric history', () => {
      expect(evaluateRule(decrease40, history([200, 80])).status).toBe(
        'unknown',
      );
      expect(
        evaluateRule(decrease40, { ...current(18), ...history([200, 'slow']) }),
      ).toMatchObject({
        status: 'error',
        message: "lead time on 2025-11-13 was 'slow', not a number",
      });
    });

    describe('with a baseline date', () => {
      const since = (baseline: string) =>
        ({
          ...leadTime,
          value: {
            days: 180,
            direction: 'decrease',
            minChangePercent: 40,
            baseline,
          },
        } as RuleCondition);
      const at = (...points: Array<[string, unknown]>) => ({
        factHistory: {
          dora: {
            leadTimeHours: points.map(([timestamp, value]) => ({
              timestamp,
              value: value as any,
            })),
          },
        },
      });
      // 52 on 2025-12-28, 30 on 2026-01-01 at noon, 60 after the baseline day.
      const points = at(
        ['2025-10-01T00:00:00Z', 80],
        ['2025-12-28T08:00:00Z', 52],
        ['2026-01-02T00:00:00Z', 60],
        ['2025-12-03T00:00:00Z', 45],
      );

      it('compares with the latest value at or before an ISO date', () => {
        expect(
          evaluateRule(since('2026-01-01'), { ...current(18), ...points }),
        ).toMatchObject({
          status: 'passed',
          message:
            'lead time went from 52 (baseline 2026-01-01, value of 2025-12-28) to 18: -65.38 %, a decrease of ≥ 40 % since 2026-01-01',
        });
        expect(
          evaluateRule(since('2026-01-01'), { ...current(40), ...points }),
        ).toMatchObject({
          status: 'failed',
          message:
            'lead time went from 52 (baseline 2026-01-01, value of 2025-12-28) to 40: -23.08 %, required a decrease of ≥ 40 % since 2026-01-01',
        });
      });

      it('counts a value from any time of the baseline day', () => {
        const sameDay = at(
          ['2025-12-28T08:00:00Z', 52],
          ['2026-01-01T23:59:59Z', 30],
        );
        expect(
          evaluateRule(since('2026-01-01'), { ...current(18), ...sameDay })
            .message,
        ).toBe(
          'lead time went from 30 (baseline 2026-01-01, value of 2026-01-01) to 18: -40 %, a decrease of ≥ 40 % since 2026-01-01',
        );
      });

      it('is unknown without history at or before the baseline date, naming it', () => {
        expect(
          evaluateRule(since('2025-06-01'), { ...current(18), ...points }),
        ).toMatchObject({
          status: 'unknown',
          message:
            'no lead time history at or before the baseline 2025-06-01 to compare with',
        });
      });

      it('is unknown while the baseline date is in the future', () => {
        expect(
          evaluateRule(since('2026-06-02'), { ...current(18), ...points }),
        ).toMatchObject({
          status: 'unknown',
          message:
            'the baseline date 2026-06-02 is in the future: no lead time to compare with yet',
        });
        // The evaluation day itself is a baseline already.
        expect(
          evaluateRule(since('2026-06-01'), { ...current(18), ...points })
            .message,
        ).toBe(
          'lead time went from 60 (baseline 2026-06-01, value of 2026-01-02) to 18: -70 %, a decrease of ≥ 40 % since 2026-06-01',
        );
      });

      it("uses the deployment's date for 'configured'", () => {
        const configured = since('configured');
        expect(
          evaluateRule(
            configured,
            { ...current(18), ...points },
            undefined,
            NOW,
            '2026-01-01',
          ).message,
        ).toBe(
          'lead time went from 52 (baseline 2026-01-01, value of 2025-12-28) to 18: -65.38 %, a decrease of ≥ 40 % since 2026-01-01',
        );
        expect(
          evaluateRule(
            configured,
            { ...current(18), ...points },
            undefined,
            NOW,
            '2025-12-01',
          ),
        ).toMatchObject({
          status: 'passed',
          message:
            'lead time went from 80 (baseline 2025-12-01, value of 2025-10-01) to 18: -77.5 %, a decrease of ≥ 40 % since 2025-12-01',
        });
      });

      it("falls back to the rolling window for 'configured' without a date", () => {
        expect(
          evaluateRule(since('configured'), { ...current(18), ...points }),
        ).toMatchObject({
          status: 'passed',
          message:
            'lead time went from 45 (2025-12-03) to 18: -60 %, a decrease of ≥ 40 % over 180 days',
        });
        expect(evaluateRule(since('configured'), current(18)).message).toBe(
          'no lead time history from 180 days ago to compare with',
        );
      });

      it('is an error when the configured date is not an ISO date', () => {
        expect(
          evaluateRule(
            since('configured'),
            { ...current(18), ...points },
            undefined,
            NOW,
            '2026-02-30',
          ),
        ).toMatchObject({
          status: 'error',
          message:
            "the configured baseline date '2026-02-30' is not an ISO date (YYYY-MM-DD)",
        });
      });
    });

    it('handles a zero earlier value', () => {
      const increase = {
        ...leadTime,
        value: { days: 30, direction: 'increase', minChangePercent: 50 },
      } as RuleCondition;
      expect(
        evaluateRule(increase, { ...current(3), ...history([40, 0]) }).status,
      ).toBe('passed');
      expect(
        evaluateRule(increase, { ...current(0), ...history([40, 0]) }).status,
      ).toBe('failed');
    });
  });
});
