import { compareResults } from './compareResults';

describe('compareResults', () => {
  const refs = ['component:default/a'];
  const ids = ['c1', 'c2', 'c3', 'c4', 'c5'];

  it('counts agreement, both not applicable, neither decided and ours only', () => {
    const result = compareResults(
      ids,
      refs,
      [['passed', 'failed', 'not-applicable', 'unknown', 'passed']],
      [
        new Map([
          ['c1', true],
          ['c2', false],
        ]),
      ],
    );
    expect(result).toEqual({
      compared: 2,
      agreed: 2,
      notApplicable: 1,
      neitherDecided: 1,
      decidedByOursOnly: 1,
      disagreements: [],
    });
  });

  it('reports different results and results where ours has none', () => {
    const result = compareResults(
      ids,
      refs,
      [['passed', 'failed', 'not-applicable', 'unknown', 'error']],
      [
        new Map([
          ['c1', false],
          ['c2', false],
          ['c3', true],
          ['c4', false],
        ]),
      ],
    );
    expect(result.disagreements).toEqual([
      { entityRef: refs[0], checkId: 'c1', ours: 'passed', jsonfc: false },
      {
        entityRef: refs[0],
        checkId: 'c3',
        ours: 'not-applicable',
        jsonfc: true,
      },
      { entityRef: refs[0], checkId: 'c4', ours: 'unknown', jsonfc: false },
      { entityRef: refs[0], checkId: 'c5', ours: 'error', jsonfc: 'no result' },
    ]);
    expect(result.agreed).toBe(1);
  });
});
