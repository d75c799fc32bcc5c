import { factRequirementsOf } from './factRequirements';

describe('factRequirementsOf', () => {
  it('collects TechInsights facts and the longest trend look-back', () => {
    const check = (id: string, rule: any) => ({
      id,
      title: id,
      level: 1,
      rule,
    });
    const model: any = {
      id: 'm',
      domains: [
        {
          id: 'd',
          capabilities: [
            {
              id: 'c',
              checks: [
                check('a', {
                  fact: 'techInsights.dora.leadTimeHours',
                  operator: 'lt',
                  value: 24,
                }),
                check('b', {
                  all: [
                    {
                      fact: 'techInsights.dora.leadTimeHours',
                      operator: 'trend',
                      value: {
                        days: 180,
                        direction: 'decrease',
                        minChangePercent: 40,
                      },
                    },
                    {
                      not: {
                        fact: 'techInsights.slo.sloMet',
                        operator: 'equals',
                        value: false,
                      },
                    },
                    {
                      any: [
                        { fact: 'entity.spec.lifecycle', operator: 'exists' },
                      ],
                    },
                  ],
                }),
                check('c', {
                  fact: 'techInsights.dora.leadTimeHours',
                  operator: 'trend',
                  value: {
                    days: 90,
                    direction: 'decrease',
                    minChangePercent: 10,
                  },
                }),
                {
                  id: 'manual',
                  title: 'm',
                  level: 2,
                  attestation: { validDays: 30 },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(factRequirementsOf([model])).toEqual({
      techInsights: { dora: ['leadTimeHours'], slo: ['sloMet'] },
      history: { dora: { leadTimeHours: 180 } },
      pushed: {},
      pushedHistory: {},
    });
  });

  it('collects pushed facts by source, by fact name, and their trend look-back', () => {
    const trend = (fact: string, days: number) => ({
      fact,
      operator: 'trend',
      value: { days, direction: 'increase', minChangePercent: 5 },
    });
    const model: any = {
      id: 'm',
      domains: [
        {
          id: 'd',
          capabilities: [
            {
              id: 'c',
              checks: [
                {
                  id: 'a',
                  title: 'a',
                  level: 1,
                  rule: {
                    all: [
                      {
                        fact: 'pushed.ci.coverage',
                        operator: 'gte',
                        value: 80,
                      },
                      trend('pushed.ci.coverage', 30),
                      {
                        fact: 'pushed.ci.tests.failed',
                        operator: 'equals',
                        value: 0,
                      },
                    ],
                  },
                },
                {
                  id: 'b',
                  title: 'b',
                  level: 2,
                  rule: {
                    any: [
                      trend('pushed.ci.coverage', 90),
                      {
                        fact: 'pushed.security.criticalVulns',
                        operator: 'exists',
                      },
                      { fact: 'techInsights.ci.coverage', operator: 'exists' },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(factRequirementsOf([model])).toEqual({
      techInsights: { ci: ['coverage'] },
      history: {},
      pushed: { ci: ['coverage', 'tests'], security: ['criticalVulns'] },
      pushedHistory: { ci: { coverage: 90 } },
    });
  });
});
