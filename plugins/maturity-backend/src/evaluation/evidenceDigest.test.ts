import {
  compileModel,
  EntityEvidence,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import {
  evaluationInputsDigest,
  modelDigest,
  serializeEvidence,
} from './evidenceDigest';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'a', namespace: 'default' },
};

const model = (title: string): MaturityModel => ({
  id: 'm',
  title,
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'd',
      title: 'D',
      capabilities: [
        {
          id: 'c',
          title: 'C',
          checks: [
            {
              id: 'k',
              title: 'K',
              level: 1,
              rule: { fact: 'entity.metadata.description', operator: 'exists' },
              remediation: { markdown: 'Do.' },
            },
          ],
        },
      ],
    },
  ],
});

describe('serializeEvidence', () => {
  it('does not depend on the order providers merged fields and map entries in', () => {
    const a: EntityEvidence = {
      entity,
      techInsights: { x: { facts: { n: 1 } }, y: { facts: { n: 2 } } },
      waivers: { k: { reason: 'r', author: 'u' } },
    };
    const b: EntityEvidence = {
      entity,
      waivers: { k: { reason: 'r', author: 'u' } },
      techInsights: { y: { facts: { n: 2 } }, x: { facts: { n: 1 } } },
    };
    expect(serializeEvidence(a)).toBe(serializeEvidence(b));
  });

  it('differs when any value differs', () => {
    const base: EntityEvidence = {
      entity,
      attestations: {
        k: {
          attestedAt: '2026-01-01',
          expiresAt: '2026-06-01',
          evidenceUrl: 'u',
          author: 'a',
        },
      },
    };
    const texts = [
      base,
      { ...base, relations: { dependsOn: [{ targetRef: 'x', exists: true }] } },
      {
        ...base,
        attestations: {
          k: { ...base.attestations!.k, expiresAt: '2026-07-01' },
        },
      },
      {
        ...base,
        entity: { ...entity, metadata: { ...entity.metadata, x: 1 } },
      },
    ].map(serializeEvidence);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('evaluationInputsDigest', () => {
  const serializedEvidence = serializeEvidence({ entity });

  it('changes with the model definition, even with the same version, and the baseline date', () => {
    const compiled = compileModel(model('T'));
    const digests = [
      evaluationInputsDigest({
        compiled,
        baselineDate: undefined,
        serializedEvidence,
      }),
      evaluationInputsDigest({
        compiled: compileModel(model('T2')),
        baselineDate: undefined,
        serializedEvidence,
      }),
      evaluationInputsDigest({
        compiled,
        baselineDate: '2026-01-01',
        serializedEvidence,
      }),
    ];
    expect(new Set(digests).size).toBe(3);
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(
      evaluationInputsDigest({
        compiled: compileModel(model('T')),
        baselineDate: undefined,
        serializedEvidence,
      }),
    ).toBe(digests[0]);
    expect(modelDigest(compiled)).toBe(modelDigest(compiled));
  });
});
