import { BENCH_NOW, generateEntities } from '../generateEntities';
import { loadDefaultModel } from '../defaultModel';
import { compareResults } from './compareResults';
import {
  countPassedByJsonfc,
  countPassedByOurChecks,
  countPassedByOurEvaluation,
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
    // Only checks without a TechInsights equivalent, or of kinds the
    // generator does not make (teams, resources), are left out.
    for (const { reason } of excluded) {
      expect(reason).toMatch(
        /^attestation check|graph evidence|^trend|^applies to none/,
      );
    }
    expect(
      excluded
        .filter(e => e.reason.startsWith('applies to none'))
        .map(e => e.checkId),
    ).toContain('collab-team-members');

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

    // The timed passes see the same results.
    const ours = runOurs(comparison);
    const passedByOurs = ours.flat().filter(s => s === 'passed').length;
    expect(passedByOurs).toBeGreaterThan(0);
    expect(countPassedByOurChecks(comparison)).toBe(passedByOurs);
    expect(countPassedByOurEvaluation(comparison)).toBe(passedByOurs);
    const jsonfc = await runJsonfc(comparison);
    const passedByJsonfc = jsonfc.flatMap(m => [...m.values()]).filter(r => r);
    expect(await countPassedByJsonfc(comparison)).toBe(passedByJsonfc.length);
  });
});
