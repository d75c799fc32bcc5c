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
      cond('withinDays', 1),
      '2026-07-01',
      'passed',
      'f was 2026-07-01 (in the future), within the last 1 days',
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
