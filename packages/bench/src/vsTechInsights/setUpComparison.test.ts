import { BENCH_NOW, generateEntities } from '../generateEntities';
import { loadDefaultModel } from '../defaultModel';
import { compareResults } from './compareResults';
import {
  evaluateChecksWithOurs,
  evaluateWithOurs,
  runChecksWithJsonfc,
  runJsonfc,
  runOurs,
  setUpComparison,
} from './setUpComparison';

describe('our engine and TechInsights jsonfc on the default model', () => {
  it('agree on every check both decide, for 100 generated entities', async () => {
    const comparison = await setUpComparison(
      loadDefaultModel(),
      generateEntities(100, 7),
      BENCH_NOW,
    );
    const { checks, excluded } = comparison.translation;
    expect(checks.length).toBeGreaterThanOrEqual(40);
    expect(comparison.compiled.checks.map(c => c.check.id)).toEqual(
      checks.map(c => c.id),
    );
    // Only checks without a TechInsights equivalent are left out.
    for (const { reason } of excluded) {
      expect(reason).toMatch(/^attestation check|graph evidence|^trend/);
    }

    const agreement = compareResults(
      checks.map(c => c.id),
      comparison.refs,
      runOurs(comparison),
      await runJsonfc(comparison),
    );
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.compared).toBeGreaterThan(checks.length * 30);
    expect(agreement.notApplicable).toBeGreaterThan(0);
    expect(agreement.neitherDecided).toBeGreaterThan(0);
    expect(comparison.problems).toEqual([]);

    // The timed passes: our check results with and without scoring are the
    // same, and jsonfc's responses are what the agreement was computed from.
    const withScores = evaluateWithOurs(comparison);
    expect(evaluateChecksWithOurs(comparison)).toEqual(
      withScores.map(e => e.checks),
    );
    expect(withScores[0].score.domains.length).toBeGreaterThan(0);
    const responses = await runChecksWithJsonfc(comparison);
    expect(responses).toHaveLength(comparison.refs.length);
    expect(responses.flat().length).toBe(agreement.compared);
  });
});
