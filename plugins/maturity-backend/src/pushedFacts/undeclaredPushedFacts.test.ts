import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import { undeclaredPushedFacts } from './undeclaredPushedFacts';

const model = {
  id: 'm',
  title: 'M',
  version: '1',
  levels: [],
  domains: [
    {
      id: 'd',
      title: 'D',
      capabilities: [
        {
          id: 'c',
          title: 'C',
          checks: [
            {
              id: 'coverage',
              title: 'Coverage',
              level: 1,
              rule: {
                all: [
                  { fact: 'pushed.ci.coverage', operator: 'gte', value: 80 },
                  { fact: 'pushed.ci.covrage', operator: 'exists' },
                  { fact: 'pushed.deploy.count', operator: 'gte', value: 1 },
                  {
                    fact: 'techInsights.x.y',
                    operator: 'equal',
                    value: true,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
} as unknown as MaturityModel;

describe('undeclaredPushedFacts', () => {
  it('names the pushed facts read by models that no source declares', () => {
    expect(
      undeclaredPushedFacts([model], {
        ci: { id: 'ci', facts: { coverage: { type: 'float' } } },
      }),
    ).toEqual(['pushed.ci.covrage', 'pushed.deploy.count']);
  });
});
