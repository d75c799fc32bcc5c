import { planFactRequests } from './planFactRequests';

describe('planFactRequests', () => {
  it('asks only for retrievers with required facts', () => {
    expect(
      planFactRequests({
        techInsights: {
          sloFactRetriever: ['sloDefined'],
          doraFactRetriever: ['leadTimeHours', 'deploymentsPerWeek'],
          emptyRetriever: [],
        },
        history: {},
        pushed: {},
        pushedHistory: {},
      }),
    ).toEqual({
      latestRetrieverIds: ['doraFactRetriever', 'sloFactRetriever'],
    });
  });

  it('plans history for trend facts with the longest look-back', () => {
    expect(
      planFactRequests({
        techInsights: { doraFactRetriever: ['leadTimeHours'] },
        history: {
          doraFactRetriever: { leadTimeHours: 90, deploymentsPerWeek: 30 },
          codeQualityFactRetriever: { testCoverage: 180 },
          ignoredRetriever: { nothing: 0 },
        },
        // pushed facts are not TechInsights': no call for them
        pushed: { ci: ['coverage'] },
        pushedHistory: { ci: { coverage: 90 } },
      }),
    ).toEqual({
      latestRetrieverIds: ['doraFactRetriever'],
      history: {
        retrieverIds: ['codeQualityFactRetriever', 'doraFactRetriever'],
        facts: {
          codeQualityFactRetriever: ['testCoverage'],
          doraFactRetriever: ['deploymentsPerWeek', 'leadTimeHours'],
        },
        lookBackDays: 180,
      },
    });
  });

  it('plans nothing for empty requirements', () => {
    expect(
      planFactRequests({
        techInsights: {},
        history: {},
        pushed: {},
        pushedHistory: {},
      }),
    ).toEqual({
      latestRetrieverIds: [],
    });
  });
});
