import { ownPathPrefixes } from './ownPathPrefixes';

describe('ownPathPrefixes', () => {
  it('reduces routes to their first segment, once each', () => {
    expect(
      ownPathPrefixes([
        '/entities/{kind}/{namespace}/{name}/scorecard',
        '/entities',
        '/runs',
        '/groups/{namespace}/{name}/rollup',
      ]),
    ).toEqual(['/entities', '/groups', '/runs']);
  });

  it('never names a parameter or a framework path', () => {
    expect(ownPathPrefixes(['/{id}', '/.backstage/actions/v1', '/'])).toEqual(
      [],
    );
  });

  it('covers the routes of the spec, health among them', () => {
    const prefixes = ownPathPrefixes();
    expect(prefixes).toEqual(
      expect.arrayContaining(['/entities', '/runs', '/health', '/facts']),
    );
    expect(prefixes.some(p => p.startsWith('/.'))).toBe(false);
  });
});
