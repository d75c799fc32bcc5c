import { parseEntityPath } from './entityPath';
import { parseFactReference } from './factReference';

describe('parseEntityPath', () => {
  it('parses dots and quoted brackets', () => {
    expect(
      parseEntityPath("metadata.annotations['pagerduty.com/service-id']"),
    ).toEqual({
      tokens: [
        { name: 'metadata', exact: false },
        { name: 'annotations', exact: false },
        { name: 'pagerduty.com/service-id', exact: true },
      ],
    });
    expect(parseEntityPath('metadata["a.b"].c')).toEqual({
      tokens: [
        { name: 'metadata', exact: false },
        { name: 'a.b', exact: true },
        { name: 'c', exact: false },
      ],
    });
  });

  it.each([
    ['', 'the path is empty'],
    ['metadata.', 'the path ends with a dot'],
    ['metadata..name', 'empty path segment at position 9'],
    ['metadata[name]', "expected a quoted key after '[' at position 8"],
    ["metadata['name'", 'unterminated bracket at position 8'],
    ["metadata['']", 'empty key in brackets at position 8'],
    ["metadata['a']b", "expected '.' or '[' after ']' at position 13"],
    ['metadata.a]', "unexpected ']' at position 10"],
    ['labels.x', "unknown entity path root 'labels'"],
  ])('rejects %p', (path, error) => {
    expect(parseEntityPath(path)).toEqual({
      error: expect.stringContaining(error),
    });
  });
});

describe('parseFactReference', () => {
  it('parses every source', () => {
    expect(
      parseFactReference("entity.metadata.annotations['a/b']"),
    ).toMatchObject({ source: 'entity', path: "metadata.annotations['a/b']" });
    expect(parseFactReference('relations.ownedBy')).toEqual({
      source: 'relations',
      relationType: 'ownedBy',
      targetKind: undefined,
    });
    expect(parseFactReference('relations.ownedBy.Group')).toEqual({
      source: 'relations',
      relationType: 'ownedBy',
      targetKind: 'group',
    });
    expect(parseFactReference('techInsights.r.f.sub')).toEqual({
      source: 'techInsights',
      retrieverId: 'r',
      factName: 'f',
      subPath: ['sub'],
    });
    expect(parseFactReference('attestation.dr-plan.attestedAt')).toEqual({
      source: 'attestation',
      checkId: 'dr-plan',
      field: 'attestedAt',
    });
    expect(parseFactReference('maturity.sre.level')).toEqual({
      source: 'maturity',
      domainId: 'sre',
    });
  });

  it('rejects unknown sources', () => {
    expect(parseFactReference('catalog.kind')).toEqual({
      error: expect.stringContaining("unknown fact source 'catalog'"),
    });
    expect(parseFactReference('entity')).toEqual({
      error: expect.stringContaining('the path is empty'),
    });
  });
});
