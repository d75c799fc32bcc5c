import type { RuleCondition } from '../model/types';
import type { EntityEvidence } from '../evidence/types';
import { daysAgo, evaluateRule } from '../__testUtils__/fixtures';

const pushed = (
  facts: Record<string, unknown>,
  timestamp = daysAgo(2),
): Omit<EntityEvidence, 'entity'> => ({
  pushed: { ci: { facts: facts as any, timestamp } },
});

const coverage = (
  operator: RuleCondition['operator'],
  value?: unknown,
): RuleCondition =>
  ({ fact: 'pushed.ci.coverage', operator, value } as RuleCondition);

describe('pushed facts', () => {
  it.each<[RuleCondition, unknown, string]>([
    [coverage('equals', 80), 80, 'passed'],
    [coverage('equals', 80), 79, 'failed'],
    [coverage('gte', 75), 80, 'passed'],
    [coverage('gte', 75), 70, 'failed'],
    [coverage('exists'), 0, 'passed'],
  ])('%o on %p is %s', (condition, value, status) => {
    expect(evaluateRule(condition, pushed({ coverage: value }))).toMatchObject({
      status,
      source: 'pushed',
      value,
    });
  });

  it('reads object facts by sub path', () => {
    expect(
      evaluateRule(
        { fact: 'pushed.ci.tests.failed', operator: 'lte', value: 0 },
        pushed({ tests: { failed: 0, passed: 12 } }),
      ).status,
    ).toBe('passed');
  });

  it('does not read TechInsights facts of the same name', () => {
    expect(
      evaluateRule(coverage('gte', 75), {
        techInsights: { ci: { facts: { coverage: 90 } } },
      }),
    ).toMatchObject({ status: 'unknown', message: 'no facts from pushed.ci' });
  });

  it('is unknown when the source or the fact is missing, naming pushed.<source>', () => {
    expect(evaluateRule(coverage('gte', 75))).toMatchObject({
      status: 'unknown',
      message: 'no facts from pushed.ci',
    });
    expect(
      evaluateRule(coverage('gte', 75), pushed({ lint: 0 })),
    ).toMatchObject({
      status: 'unknown',
      message: 'pushed.ci has not reported coverage',
    });
  });

  it('is unknown when pushed facts are unavailable, whatever the evidence', () => {
    expect(
      evaluateRule(coverage('gte', 75), {
        ...pushed({ coverage: 90 }),
        unavailableSources: [{ source: 'pushed', message: 'store offline' }],
      }),
    ).toMatchObject({
      status: 'unknown',
      message: 'pushed facts unavailable: store offline',
    });
    // TechInsights being down does not affect pushed facts.
    expect(
      evaluateRule(coverage('gte', 75), {
        ...pushed({ coverage: 90 }),
        unavailableSources: [{ source: 'techInsights', message: 'down' }],
      }).status,
    ).toBe('passed');
  });

  it('checks withinDays on the pushed timestamp', () => {
    const fresh = {
      fact: 'pushed.ci.lastDeployAt',
      operator: 'withinDays',
      value: 7,
    } as RuleCondition;
    expect(
      evaluateRule(fresh, pushed({ lastDeployAt: daysAgo(3) })).status,
    ).toBe('passed');
    expect(
      evaluateRule(fresh, pushed({ lastDeployAt: daysAgo(30) })).status,
    ).toBe('failed');
  });

  describe('trend', () => {
    const increase = {
      fact: 'pushed.ci.coverage',
      operator: 'trend',
      label: 'coverage',
      value: { days: 90, direction: 'increase', minChangePercent: 10 },
    } as RuleCondition;
    const history = (...points: Array<[number, number]>) => ({
      pushedHistory: {
        ci: {
          coverage: points.map(([days, value]) => ({
            timestamp: daysAgo(days),
            value,
          })),
        },
      },
    });

    it('compares the pushed value with its pushed history', () => {
      expect(
        evaluateRule(increase, {
          ...pushed({ coverage: 66 }),
          ...history([120, 40], [95, 60], [30, 64]),
        }),
      ).toMatchObject({ status: 'passed', source: 'pushed', value: 66 });
      expect(
        evaluateRule(increase, {
          ...pushed({ coverage: 62 }),
          ...history([95, 60]),
        }).status,
      ).toBe('failed');
    });

    it('is unknown without pushed history, even with TechInsights history of the same name', () => {
      expect(
        evaluateRule(increase, {
          ...pushed({ coverage: 66 }),
          factHistory: {
            ci: { coverage: [{ timestamp: daysAgo(95), value: 10 }] },
          },
        }),
      ).toMatchObject({
        status: 'unknown',
        message: expect.stringContaining('no coverage history'),
      });
    });
  });
});
