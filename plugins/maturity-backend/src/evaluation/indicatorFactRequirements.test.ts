import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import { withIndicatorRequirements } from './indicatorFactRequirements';

const change = (id: string, extra: object) => ({
  id,
  title: id,
  unit: '%',
  target: -40,
  direction: 'decrease' as const,
  aggregation: {
    type: 'change' as const,
    fact: 'techInsights.dora.leadTimeHours',
    ...extra,
  },
});

const modelWith = (indicators: any[]): MaturityModel =>
  ({ id: 'm', domains: [], indicators } as unknown as MaturityModel);

describe('withIndicatorRequirements', () => {
  const now = new Date('2026-07-01T12:00:00Z');
  const base = {
    techInsights: { dora: ['deploymentsPerWeek'] },
    history: { dora: { leadTimeHours: 30 } },
    pushed: {},
    pushedHistory: {},
  };

  it('adds the fact of a change and its history window', () => {
    expect(
      withIndicatorRequirements(base, [modelWith([change('a', {})])], { now }),
    ).toEqual({
      techInsights: { dora: ['deploymentsPerWeek', 'leadTimeHours'] },
      history: { dora: { leadTimeHours: 180 } },
      pushed: {},
      pushedHistory: {},
    });
    expect(base.history.dora.leadTimeHours).toBe(30);
  });

  it('reaches back to a baseline date, the configured one for configured', () => {
    const models = [
      modelWith([
        change('fixed', { baseline: '2026-06-01' }),
        change('configured', { baseline: 'configured', days: 10 }),
      ]),
    ];
    expect(
      withIndicatorRequirements(base, models, { now }).history.dora
        .leadTimeHours,
    ).toBe(32);
    expect(
      withIndicatorRequirements(base, models, {
        now,
        baselineDate: '2026-01-01',
      }).history.dora.leadTimeHours,
    ).toBe(183);
  });

  it('keeps a longer look-back of the checks', () => {
    expect(
      withIndicatorRequirements(
        {
          techInsights: {},
          history: { dora: { leadTimeHours: 400 } },
          pushed: {},
          pushedHistory: {},
        },
        [modelWith([change('a', { days: 90 })])],
        { now },
      ).history.dora.leadTimeHours,
    ).toBe(400);
  });

  it('adds a pushed fact of a change and its history, without touching the input', () => {
    const input = {
      ...base,
      pushed: { ci: ['lint'] },
      pushedHistory: { ci: { coverage: 30 } },
    };
    expect(
      withIndicatorRequirements(
        input,
        [
          modelWith([
            change('coverage', { fact: 'pushed.ci.coverage', days: 60 }),
          ]),
        ],
        { now },
      ),
    ).toEqual({
      ...base,
      pushed: { ci: ['coverage', 'lint'] },
      pushedHistory: { ci: { coverage: 60 } },
    });
    expect(input.pushed.ci).toEqual(['lint']);
    expect(input.pushedHistory.ci.coverage).toBe(30);
  });
});
