import { buildGroupClosure } from './buildGroupClosure';

const pairs = (rows: ReturnType<typeof buildGroupClosure>) =>
  rows.map(r => `${r.group_ref}>${r.ancestor_ref}@${r.depth}`);

describe('buildGroupClosure', () => {
  it('pairs each group with itself and every ancestor', () => {
    expect(
      pairs(
        buildGroupClosure([
          { groupRef: 'a' },
          { groupRef: 'b', parentRef: 'a' },
          { groupRef: 'c', parentRef: 'b' },
          { groupRef: 'd', parentRef: 'c' },
        ]),
      ),
    ).toEqual([
      'a>a@0',
      'b>b@0',
      'b>a@1',
      'c>c@0',
      'c>b@1',
      'c>a@2',
      'd>d@0',
      'd>c@1',
      'd>b@2',
      'd>a@3',
    ]);
  });

  it('ends the chain at an unknown parent', () => {
    expect(
      pairs(
        buildGroupClosure([
          { groupRef: 'b', parentRef: 'missing' },
          { groupRef: 'c', parentRef: 'b' },
        ]),
      ),
    ).toEqual(['b>b@0', 'c>c@0', 'c>b@1']);
  });

  it('cuts cycles, self-parents included', () => {
    expect(
      pairs(
        buildGroupClosure([
          { groupRef: 'x', parentRef: 'z' },
          { groupRef: 'y', parentRef: 'x' },
          { groupRef: 'z', parentRef: 'y' },
          { groupRef: 's', parentRef: 's' },
          { groupRef: 't', parentRef: 'z' },
        ]),
      ),
    ).toEqual([
      'x>x@0',
      'x>z@1',
      'x>y@2',
      'y>y@0',
      'y>x@1',
      'y>z@2',
      'z>z@0',
      'z>y@1',
      'z>x@2',
      's>s@0',
      't>t@0',
      't>z@1',
      't>y@2',
      't>x@3',
    ]);
  });

  it('lets the last node of a duplicated group win', () => {
    expect(
      pairs(
        buildGroupClosure([
          { groupRef: 'a' },
          { groupRef: 'b', parentRef: 'a' },
          { groupRef: 'b' },
        ]),
      ),
    ).toEqual(['a>a@0', 'b>b@0']);
  });
});
