import type { MaturityCheck } from '../model/types';
import { modelOf, ruleCheck } from '../__testUtils__/fixtures';
import { compileModel } from '../engine/compileModel';
import { describeModel } from './describeModel';
import { ENTITY_PROFILES } from './entityProfiles';

const attestationCheck = (
  id: string,
  level: number,
  extra: Partial<MaturityCheck> = {},
): MaturityCheck => ({
  id,
  title: `Check ${id}`,
  level,
  attestation: { evidence: 'a report', validForDays: 90 },
  remediation: { markdown: `Fix ${id}` },
  ...extra,
});

const model = modelOf({
  ops: [
    ruleCheck(
      'ops-owner',
      1,
      { fact: 'relations.ownedBy.group', operator: 'exists' },
      { appliesTo: { kind: 'component' } },
    ),
    ruleCheck(
      'ops-slo',
      3,
      {
        all: [
          { fact: 'entity.spec.lifecycle', operator: 'equals', value: 'x' },
          { fact: 'techInsights.slo.sloDefined', operator: 'exists' },
        ],
      },
      {
        appliesTo: {
          kind: 'component',
          'spec.type': { $in: ['service', 'website'] },
        },
      },
    ),
    attestationCheck('ops-dr', 3, { appliesTo: { kind: 'system' } }),
  ],
  people: [
    ruleCheck(
      'people-level',
      2,
      { fact: 'maturity.ops.level', operator: 'gte', value: 1 },
      { appliesTo: { kind: 'group' } },
    ),
    ruleCheck('people-attested', 5, {
      fact: 'attestation.ops-dr',
      operator: 'exists',
    }),
  ],
});

describe('describeModel', () => {
  const description = describeModel(model);
  const cell = (domainId: string, level: number) =>
    description.domains
      .find(d => d.id === domainId)!
      .levels.find(l => l.level === level)!.checks;

  it('places every check in its domain × level cell, all five levels present', () => {
    expect(description.model).toEqual({
      id: 'test-model',
      title: 'Test model',
      version: '1',
    });
    expect(description.domains.map(d => d.id)).toEqual(['ops', 'people']);
    expect(description.domains[0].levels.map(l => l.level)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(description.domains[0].checkCount).toBe(3);
    expect(cell('ops', 1).map(c => c.id)).toEqual(['ops-owner']);
    expect(cell('ops', 2)).toEqual([]);
    expect(cell('ops', 3).map(c => c.id)).toEqual(['ops-slo', 'ops-dr']);
    expect(cell('ops', 1)[0]).toEqual({
      id: 'ops-owner',
      title: 'Check ops-owner',
      level: 1,
      capability: { id: 'ops-cap', title: 'ops capability' },
      evidence: 'catalog',
      profiles: ['production-service', 'website', 'library'],
    });
  });

  it('tells catalog, fact and attestation evidence apart; a mixed rule is fact', () => {
    const kinds = Object.fromEntries(
      description.domains.flatMap(d =>
        d.levels.flatMap(l => l.checks.map(c => [c.id, c.evidence])),
      ),
    );
    expect(kinds).toEqual({
      'ops-owner': 'catalog',
      'ops-slo': 'fact',
      'ops-dr': 'attestation',
      'people-level': 'catalog',
      'people-attested': 'fact',
    });
  });

  it('matches appliesTo against the profiles as the engine does', () => {
    expect(cell('ops', 3)[0].profiles).toEqual([
      'production-service',
      'website',
    ]);
    expect(cell('ops', 3)[1].profiles).toEqual(['system']);
    expect(cell('people', 2)[0].profiles).toEqual(['team']);
    expect(cell('people', 5)[0].profiles).toEqual(
      ENTITY_PROFILES.map(p => p.id),
    );
  });

  it('agrees with the compiled model on every check and profile', () => {
    const compiled = compileModel(model);
    for (const domain of description.domains) {
      for (const check of domain.levels.flatMap(l => l.checks)) {
        expect(check.profiles).toEqual(
          ENTITY_PROFILES.filter(p =>
            compiled.getCheck(check.id)!.appliesTo(p.entity),
          ).map(p => p.id),
        );
      }
    }
  });

  it('summarises per profile and domain the levels with an applicable check', () => {
    const coverage = (profileId: string) =>
      description.coverage.find(c => c.profileId === profileId)!.domains;
    expect(description.coverage.map(c => c.profileId)).toEqual(
      ENTITY_PROFILES.map(p => p.id),
    );
    expect(coverage('production-service')).toEqual([
      { domainId: 'ops', applies: true, levels: [1, 3] },
      { domainId: 'people', applies: true, levels: [5] },
    ]);
    expect(coverage('team')).toEqual([
      { domainId: 'ops', applies: false, levels: [] },
      { domainId: 'people', applies: true, levels: [2, 5] },
    ]);
    expect(coverage('library')[0]).toEqual({
      domainId: 'ops',
      applies: true,
      levels: [1],
    });
  });

  it('accepts other profiles', () => {
    const only = describeModel(model, [ENTITY_PROFILES[3]]);
    expect(only.profiles.map(p => p.id)).toEqual(['system']);
    expect(cell('ops', 1)[0].profiles).toContain('production-service');
    expect(
      only.domains[0].levels.find(l => l.level === 1)!.checks[0].profiles,
    ).toEqual([]);
    expect(only.coverage).toEqual([
      {
        profileId: 'system',
        domains: [
          { domainId: 'ops', applies: true, levels: [3] },
          { domainId: 'people', applies: true, levels: [5] },
        ],
      },
    ]);
  });

  it('uses the level titles of the model', () => {
    expect(description.levels[0]).toEqual({ level: 1, title: 'Level 1' });
    expect(description.levels).toHaveLength(5);
  });
});
