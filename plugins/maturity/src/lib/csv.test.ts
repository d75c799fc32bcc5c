import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes cells with separators, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3');
  });

  it('leaves empty values empty and defuses formulas', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, '=SUM(A1)']])).toBe(
      "a,b,c\r\n,,'=SUM(A1)",
    );
    expect(toCsv(['n'], [[-1]])).toBe('n\r\n-1');
  });
});
