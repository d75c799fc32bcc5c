import { FACT_SOURCES, parseFactReference } from './factReference';

describe('parseFactReference: pushed facts', () => {
  it('parses pushed.<source>.<fact> with an optional sub path', () => {
    expect(parseFactReference('pushed.ci.coverage')).toEqual({
      source: 'pushed',
      sourceName: 'ci',
      factName: 'coverage',
      subPath: [],
    });
    expect(parseFactReference('pushed.build-ci.tests.failed_count')).toEqual({
      source: 'pushed',
      sourceName: 'build-ci',
      factName: 'tests',
      subPath: ['failed_count'],
    });
    expect(FACT_SOURCES).toContain('pushed');
  });

  it.each([
    'pushed',
    'pushed.ci',
    'pushed.ci.',
    'pushed..coverage',
    'pushed.ci.cover age',
  ])('rejects %s with an example', fact => {
    expect(parseFactReference(fact)).toEqual({
      error: 'expected pushed.<source>.<factName>, e.g. pushed.ci.coverage',
    });
  });

  it('lists pushed among the sources of an unknown one', () => {
    expect(parseFactReference('push.ci.coverage')).toEqual({
      error: expect.stringContaining('techInsights, pushed, attestation'),
    });
  });
});
