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
    });
  });
});
