import { noFactNeeds, translateRule } from './translateRule';

describe('translateRule', () => {
  it('translates conditions on TechInsights facts and entity fields', () => {
    const needs = noFactNeeds();
    expect(
      translateRule(
        {
          any: [
            {
              fact: 'techInsights.resilienceFactRetriever.lastDrDrill',
              operator: 'withinDays',
              value: 180,
            },
            {
              fact: 'entity.metadata.links.type',
              operator: 'in',
              value: ['runbook', 'slo'],
            },
            {
              fact: "entity.metadata.annotations['argocd/app-name']",
              operator: 'exists',
            },
          ],
        },
        needs,
      ),
    ).toEqual({
      any: [
        {
          fact: 'lastDrDrillAgeDays',
          operator: 'lessThanInclusive',
          value: 180,
          params: { factRetrieverId: 'resilienceFactRetriever' },
        },
        {
          any: ['runbook', 'slo'].map(value => ({
            fact: 'metadata.links.type',
            operator: 'contains',
            value,
            params: { factRetrieverId: 'entityMetadata' },
          })),
        },
        {
          fact: "metadata.annotations['argocd/app-name']",
          operator: 'notIn',
          value: [null],
          params: { factRetrieverId: 'entityMetadata' },
        },
      ],
    });
    expect([...needs.retrievers]).toEqual([
      'resilienceFactRetriever',
      'entityMetadata',
    ]);
    expect(needs.ageFacts).toEqual([
      { retrieverId: 'resilienceFactRetriever', factName: 'lastDrDrill' },
    ]);
  });

  it('wraps a single condition in all', () => {
    expect(
      translateRule(
        {
          fact: 'techInsights.doraFactRetriever.mttrMinutes',
          operator: 'lte',
          value: 60,
        },
        noFactNeeds(),
      ),
    ).toEqual({
      all: [
        {
          fact: 'mttrMinutes',
          operator: 'lessThanInclusive',
          value: 60,
          params: { factRetrieverId: 'doraFactRetriever' },
        },
      ],
    });
  });

  it('refuses what jsonfc cannot express', () => {
    const needs = noFactNeeds();
    expect(() =>
      translateRule(
        { fact: 'relations.ownedBy.group', operator: 'exists' },
        needs,
      ),
    ).toThrow(/graph evidence/);
    expect(() =>
      translateRule(
        {
          not: {
            fact: 'techInsights.doraFactRetriever.mttrMinutes',
            operator: 'exists',
          },
        },
        needs,
      ),
    ).toThrow(/`not`/);
    expect(() =>
      translateRule(
        {
          fact: 'entity.metadata.description',
          operator: 'contains',
          value: 'payments',
        },
        needs,
      ),
    ).toThrow(/substring/);
  });

  it('translates first as its last child: the bench pushes no facts', () => {
    const fallback = {
      fact: 'techInsights.codeQualityFactRetriever.testCoverage',
      operator: 'gte' as const,
      value: 40,
    };
    const first = translateRule(
      {
        first: [
          { fact: 'pushed.ci.testCoverage', operator: 'gte', value: 40 },
          fallback,
        ],
      },
      noFactNeeds(),
    );
    expect(first).toEqual(translateRule(fallback, noFactNeeds()));
  });
});
