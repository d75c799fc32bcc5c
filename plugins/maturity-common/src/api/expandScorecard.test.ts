import { modelOf, ruleCheck } from '../__testUtils__/fixtures';
import { expandScorecard } from './expandScorecard';
import type { ScorecardResults } from './types';

const rule = { fact: 'entity.metadata.name', operator: 'exists' } as const;

const model = modelOf({
  build: [
    ruleCheck('b1', 1, rule),
    ruleCheck('b2', 2, rule, {
      attestation: { evidence: 'A link', validForDays: 90 },
    }),
  ],
  sre: [
    ruleCheck('s1', 1, rule),
    ruleCheck('s2', 1, rule, {
      attestation: { evidence: 'Minutes', validForDays: 30, scope: 'team' },
    }),
  ],
});

const results: ScorecardResults = {
  entityRef: 'component:default/a',
  modelId: 'test-model',
  modelVersion: '1',
  level: 1,
  score: 0.5,
  evaluatedAt: '2026-01-02T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ownerRef: 'group:default/team',
  domains: [
    {
      domainId: 'build',
      level: 1,
      score: 0.5,
      counts: {
        passed: 1,
        failed: 1,
        unknown: 0,
        waived: 0,
        error: 0,
        notApplicable: 0,
      },
      nextLevel: { level: 2, checkIds: ['b2'] },
    },
  ],
  checks: [
    {
      checkId: 'b1',
      status: 'passed',
      value: 'a',
      message: 'name is set',
      source: 'catalog',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    {
      checkId: 'b2',
      status: 'failed',
      message: 'not attested',
      source: 'attestation',
    },
  ],
};

describe('expandScorecard', () => {
  it('puts every domain and check of the model in model order, with definitions', () => {
    const scorecard = expandScorecard(model, results);
    expect(scorecard).toMatchObject({
      entityRef: 'component:default/a',
      modelId: 'test-model',
      modelTitle: 'Test model',
      level: 1,
      ownerRef: 'group:default/team',
    });
    expect(scorecard.levels).toHaveLength(5);
    expect(scorecard.domains.map(d => [d.domainId, d.applicable])).toEqual([
      ['build', true],
      ['sre', false],
    ]);
    const [b1, b2] = scorecard.domains[0].capabilities[0].checks;
    expect(b1).toEqual({
      checkId: 'b1',
      title: 'Check b1',
      description: undefined,
      level: 1,
      status: 'passed',
      value: 'a',
      message: 'name is set',
      source: 'catalog',
      remediation: { markdown: 'Fix b1' },
      reference: undefined,
      attestation: undefined,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(b2.attestation).toEqual({ evidence: 'A link', validForDays: 90 });
    expect(scorecard.domains[0].nextLevel).toEqual({
      level: 2,
      checkIds: ['b2'],
    });
  });

  it('marks checks and domains without a result as not applicable', () => {
    const scorecard = expandScorecard(model, results);
    const sre = scorecard.domains[1];
    // team-scoped attestation checks say so
    expect(sre.capabilities[0].checks[1].attestation).toEqual({
      evidence: 'Minutes',
      validForDays: 30,
      scope: 'team',
    });
    expect(sre).toMatchObject({ level: null, score: 0, applicable: false });
    expect(sre.counts.passed).toBe(0);
    expect(sre.capabilities[0].checks[0]).toMatchObject({
      checkId: 's1',
      status: 'not-applicable',
      source: 'none',
      message: 'Does not apply to this entity',
      updatedAt: undefined,
    });
  });
});
