import fc from 'fast-check';
import { anyText, DATES, FuzzVocabulary } from './fuzzValues';

/** Any JSON value used where the API expects a particular field type. */
const anyField = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  anyText,
  fc.constantFrom(...DATES),
);

/** Request bodies: plausible, well-formed, wrong types, deep, large, broken. */
export function bodyOf(
  vocabulary: FuzzVocabulary,
): fc.Arbitrary<string | undefined> {
  const plausible = fc
    .record(
      {
        entityRef: fc.oneof(
          fc.constantFrom(...vocabulary.entityRefs),
          anyField,
        ),
        checkId: fc.oneof(fc.constantFrom(...vocabulary.checkIds), anyField),
        evidenceUrl: fc.oneof(
          fc.webUrl(),
          fc.constantFrom('data:text/html,<b>x</b>', 'ftp://x', 'https://'),
          anyField,
        ),
        reason: fc.oneof(fc.string({ minLength: 3, maxLength: 40 }), anyField),
        comment: anyField,
        expiresAt: fc.oneof(fc.constantFrom(...DATES), anyField),
        model: fc.oneof(fc.constantFrom(...vocabulary.modelIds), anyField),
        entity: fc.oneof(
          fc.record({
            apiVersion: fc.constantFrom('backstage.io/v1alpha1', 'x'),
            kind: fc.oneof(fc.constantFrom('Component', 'API'), anyField),
            metadata: fc.oneof(
              fc.record({ name: anyField, namespace: anyField }),
              anyField,
            ),
            spec: fc.oneof(fc.record({ owner: anyField }), anyField),
            relations: fc.oneof(fc.array(anyField, { maxLength: 3 }), anyField),
          }),
          anyField,
        ),
        facts: fc.oneof(
          fc.dictionary(
            fc.string({ maxLength: 10 }),
            fc.jsonValue({ maxDepth: 2 }),
            {
              maxKeys: 3,
            },
          ),
          anyField,
        ),
        // campaigns
        title: fc.oneof(fc.string({ maxLength: 40 }), anyField),
        owner: fc.oneof(fc.constantFrom(...vocabulary.groupRefs), anyField),
        modelId: fc.oneof(fc.constantFrom(...vocabulary.modelIds), anyField),
        targets: fc.oneof(
          fc.array(
            fc.record({
              domain: fc.oneof(
                fc.constantFrom('overall', ...vocabulary.domainIds),
                anyField,
              ),
              level: fc.oneof(fc.integer({ min: -1, max: 7 }), anyField),
            }),
            { maxLength: 3 },
          ),
          anyField,
        ),
        scope: fc.oneof(
          fc.record(
            {
              groups: fc.oneof(
                fc.array(fc.constantFrom(...vocabulary.groupRefs), {
                  maxLength: 2,
                }),
                anyField,
              ),
              filter: fc.oneof(
                fc.constantFrom(
                  { kind: 'Component' },
                  { 'metadata.tags': { $in: ['tier-1'] } },
                  { $not: { 'spec.type': 'website' } },
                ),
                anyField,
              ),
            },
            { requiredKeys: [] },
          ),
          anyField,
        ),
        startDate: fc.oneof(
          fc.constantFrom('2026-11-01', '2026-02-30'),
          anyField,
        ),
        targetDate: fc.oneof(
          fc.constantFrom('2027-03-01', '2026-10-01'),
          anyField,
        ),
        state: fc.oneof(
          fc.constantFrom('draft', 'active', 'completed', 'archived'),
          anyField,
        ),
        extra: anyField,
      },
      { requiredKeys: [] },
    )
    .map(value => JSON.stringify(value));
  const nested = fc
    .tuple(fc.integer({ min: 10, max: 20_000 }), fc.boolean())
    .map(([depth, arrays]) =>
      arrays
        ? `{"entity":${'['.repeat(depth)}${']'.repeat(depth)}}`
        : `{"entity":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    );
  const large = fc.constantFrom(100_000, 262_000, 263_000, 400_000).map(size =>
    JSON.stringify({
      entity: {
        kind: 'Component',
        metadata: { name: 'a' },
        pad: 'x'.repeat(size),
      },
    }),
  );
  const broken = fc.constantFrom(
    '',
    '{',
    '{"entityRef":',
    'null',
    '"text"',
    '[]',
    '1',
    'undefined',
    '\u0000',
    '{"a":1}{"b":2}',
    '\uFEFF{}',
  );
  // Bodies a well-behaved client sends, so that writes really happen.
  const future = fc
    .integer({ min: 1, max: 400 })
    .map(days => new Date(Date.now() + days * 86_400_000).toISOString());
  const waiver = fc.record(
    {
      entityRef: fc.constantFrom(...vocabulary.entityRefs),
      checkId: fc.constantFrom(...vocabulary.checkIds),
      reason: fc.string({ unit: 'grapheme', minLength: 3, maxLength: 200 }),
      expiresAt: future,
    },
    { requiredKeys: ['entityRef', 'checkId', 'reason'] },
  );
  const attestation = fc.record(
    {
      entityRef: fc.constantFrom(...vocabulary.entityRefs),
      checkId: fc.constantFrom(...vocabulary.attestableCheckIds),
      evidenceUrl: fc.webUrl(),
      comment: fc.string({ unit: 'grapheme', maxLength: 200 }),
      expiresAt: future,
    },
    { requiredKeys: ['entityRef', 'checkId', 'evidenceUrl'] },
  );
  const wellFormed = fc
    .oneof(waiver, attestation)
    .map(value => JSON.stringify(value));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: wellFormed },
    { weight: 6, arbitrary: plausible },
    { weight: 2, arbitrary: fc.jsonValue().map(v => JSON.stringify(v)) },
    { weight: 1, arbitrary: nested },
    { weight: 1, arbitrary: large },
    { weight: 1, arbitrary: broken },
  );
}
