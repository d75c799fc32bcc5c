import { scorecard } from '../__testUtils__/fixtures';
import { domainNextSteps, overallNextSteps, topNextSteps } from './nextSteps';

describe('next steps', () => {
  it("lists a domain's open checks for its next level", () => {
    const cd = scorecard.domains[0];
    expect(
      domainNextSteps(cd).map(s => [s.check.checkId, s.targetLevel]),
    ).toEqual([['cd-deploy-frequency', 3]]);
    expect(domainNextSteps(scorecard.domains[3])).toEqual([]);
  });

  it('raises the overall level through the weakest domains, PE and SRE first', () => {
    expect(overallNextSteps(scorecard).map(s => s.check.checkId)).toEqual([
      'pe-part-of-system',
      'pe-golden-path',
      'sre-slo',
    ]);
    expect(overallNextSteps({ ...scorecard, level: null })).toEqual([]);
  });

  it('ranks the top steps by target level, then domain priority', () => {
    expect(topNextSteps(scorecard, 4).map(s => s.check.checkId)).toEqual([
      'pe-part-of-system',
      'pe-golden-path',
      'sre-slo',
      'cd-deploy-frequency',
    ]);
    expect(topNextSteps(scorecard, 1)).toHaveLength(1);
  });
});
