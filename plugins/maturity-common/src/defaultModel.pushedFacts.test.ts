import fs from 'fs';
import path from 'path';
import { parseModelYaml } from './model/parseModel';
import type { MaturityModel, RuleNode } from './model/types';
import { compileModel } from './engine/compileModel';
import { evaluateEntity } from './engine/evaluateEntity';
import { loadExamples } from './__testUtils__/examples';

const model = parseModelYaml(
  fs.readFileSync(
    path.resolve(__dirname, '../models/caict-devops.yaml'),
    'utf8',
  ),
).model!;
const compiled = compileModel(model);
const now = new Date('2026-06-01T00:00:00Z');

const CI_CHECKS = [
  'ct-tests-in-pipeline',
  'ct-tests-stable',
  'ct-coverage-40',
  'ct-coverage-60',
  'ct-coverage-80',
];

/** The rule as it was before pushed facts: each `first` reduced to its last (TechInsights) child. */
function withoutPushed(rule: RuleNode): RuleNode {
  if ('first' in rule) return withoutPushed(rule.first[rule.first.length - 1]);
  if ('all' in rule) return { all: rule.all.map(withoutPushed) };
  if ('any' in rule) return { any: rule.any.map(withoutPushed) };
  if ('not' in rule) return { not: withoutPushed(rule.not) };
  return rule;
}

const techInsightsOnly: MaturityModel = {
  ...model,
  domains: model.domains.map(domain => ({
    ...domain,
    capabilities: domain.capabilities.map(capability => ({
      ...capability,
      checks: capability.checks.map(check =>
        check.rule ? { ...check, rule: withoutPushed(check.rule) } : check,
      ),
    })),
  })),
};

const firstChecks = model.domains
  .flatMap(d => d.capabilities.flatMap(c => c.checks))
  .filter(check => check.rule && 'first' in check.rule);

describe('the default model with facts pushed from CI', () => {
  it('prefers pushed facts in exactly the test pass rate and coverage checks', () => {
    expect(firstChecks.map(c => c.id)).toEqual(CI_CHECKS);
    for (const check of firstChecks) {
      const rule = check.rule as { first: Array<{ fact: string }> };
      expect(rule.first.map(c => c.fact)).toEqual([
        expect.stringMatching(
          /^pushed\.ci\.(automatedTestPassRate|testCoverage)$/,
        ),
        expect.stringMatching(/^techInsights\.codeQualityFactRetriever\./),
      ]);
      expect(check.remediation.markdown).toContain(
        'maturity push-facts --entity <ref> --source ci --fact',
      );
    }
  });

  it('changes no result of a demo entity without pushed facts', () => {
    const before = compileModel(techInsightsOnly);
    const examples = loadExamples(now, { model: compiled });
    let compared = 0;
    for (const ref of examples.entities.keys()) {
      const evidence = examples.evidence(ref);
      expect(evidence.pushed).toBeUndefined();
      const after = evaluateEntity(compiled, evidence, { now });
      const was = evaluateEntity(before, evidence, { now });
      expect(after.score).toEqual(was.score);
      expect(after.checks).toEqual(was.checks);
      compared += after.checks.filter(
        c => CI_CHECKS.includes(c.checkId) && c.status !== 'not-applicable',
      ).length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  const component = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'group:team-a' },
  };
  const result = (checkId: string, pushed?: Record<string, number>) =>
    evaluateEntity(
      compiled,
      {
        entity: component,
        techInsights: {
          codeQualityFactRetriever: {
            facts: { testCoverage: 30, automatedTestPassRate: 80 },
          },
        },
        ...(pushed ? { pushed: { ci: { facts: pushed } } } : {}),
      },
      { now },
    ).checks.find(c => c.checkId === checkId)!;

  it('passes ct-coverage-80 on coverage pushed from CI over TechInsights', () => {
    expect(result('ct-coverage-80', { testCoverage: 90 })).toMatchObject({
      status: 'passed',
      message: 'test coverage pushed from CI (%) is 90 (≥ 80)',
      source: 'pushed',
      value: 90,
    });
    expect(
      result('ct-tests-stable', { automatedTestPassRate: 97 }),
    ).toMatchObject({ status: 'passed', source: 'pushed' });
  });

  it('fails ct-coverage-40 on the TechInsights fact as before when nothing was pushed', () => {
    expect(result('ct-coverage-40')).toMatchObject({
      status: 'failed',
      message: 'test coverage (%) is 30, required ≥ 40',
      source: 'techInsights',
      value: 30,
    });
    // Other facts pushed by CI do not hide the TechInsights coverage.
    expect(
      result('ct-coverage-40', { automatedTestPassRate: 97 }),
    ).toMatchObject({ status: 'failed', source: 'techInsights', value: 30 });
    expect(result('ct-coverage-40', { testCoverage: 30 })).toMatchObject({
      status: 'failed',
      message: `test coverage pushed from CI (%) is 30, required ≥ 40`,
      source: 'pushed',
    });
  });

  it('reports the TechInsights reason when neither source has coverage', () => {
    const unknown = evaluateEntity(
      compiled,
      { entity: component },
      { now },
    ).checks.find(c => c.checkId === 'ct-coverage-40')!;
    expect(unknown).toMatchObject({
      status: 'unknown',
      message: 'no facts from codeQualityFactRetriever',
      source: 'techInsights',
    });
  });
});
