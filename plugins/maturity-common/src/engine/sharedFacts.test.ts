import type { EntityEvidence } from '../evidence/types';
import { parseFactReference, type FactReference } from '../model/factReference';
import { createEvaluationContext } from './context';
import { SharedFactResolvers } from './sharedFacts';

function refOf(address: string): FactReference {
  return parseFactReference(address) as FactReference;
}

const evidence: EntityEvidence = {
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations: { 'example.com/team': 'a' } },
  },
  techInsights: { ci: { facts: { builds: 3 } } },
  attestations: {
    review: {
      author: 'ann',
      attestedAt: '2026-01-01',
      expiresAt: '2027-01-01',
      evidenceUrl: 'https://x',
    },
  },
};

describe('SharedFactResolvers', () => {
  it('gives conditions on the same entity or TechInsights fact one reader and slot', () => {
    const resolvers = new SharedFactResolvers({ attestationDays: new Map() });
    const annotation = 'entity.metadata.annotations.example.com/team';
    const first = resolvers.resolverOf(annotation, refOf(annotation));
    const again = resolvers.resolverOf(annotation, refOf(annotation));
    const builds = 'techInsights.ci.builds';
    const other = resolvers.resolverOf(builds, refOf(builds));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(resolvers.slotCount).toBe(2);

    const context = createEvaluationContext(evidence, 0, 0, 2);
    expect(first(context)).toBe('a');
    expect(other(context)).toBe(3);
    expect(context.facts).toEqual(['a', 3]);
  });

  it('reads each fact once per entity', () => {
    const resolvers = new SharedFactResolvers({ attestationDays: new Map() });
    const builds = 'techInsights.ci.builds';
    const read = resolvers.resolverOf(builds, refOf(builds));
    const changing = {
      ...evidence,
      techInsights: { ci: { facts: { builds: 3 } } },
    };
    const context = createEvaluationContext(changing, 0, 0, 1);
    expect(read(context)).toBe(3);
    changing.techInsights.ci.facts.builds = 4;
    expect(read(context)).toBe(3);
    expect(read(createEvaluationContext(changing, 0, 0, 1))).toBe(4);
  });

  it('does not share readers of other sources', () => {
    const resolvers = new SharedFactResolvers({ attestationDays: new Map() });
    const attestation = 'attestation.review';
    const first = resolvers.resolverOf(attestation, refOf(attestation));
    expect(resolvers.resolverOf(attestation, refOf(attestation))).not.toBe(
      first,
    );
    expect(resolvers.slotCount).toBe(0);
  });
});
