import { LineCounter, parseAllDocuments } from 'yaml';
import { readYamlDocument, readYamlDocuments } from './yamlDocuments';

/** What the `yaml` package alone reads: values and content lines. */
function preciseReading(text: string) {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter });
  return (Array.isArray(documents) ? documents : []).map(document => ({
    value: document.toJS(),
    line: lineCounter.linePos(
      document.contents?.range?.[0] ?? document.range[0],
    ).line,
  }));
}

function reading(text: string) {
  return [...readYamlDocuments(text)].map(({ value, line, yamlErrors }) => {
    expect(yamlErrors).toEqual([]);
    return { value, line };
  });
}

describe('readYamlDocuments', () => {
  it.each([
    ['one document', 'a: 1\nb: [x, y]\n'],
    ['leading marker and comments', '# head\n---\n# about a\na: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n---\n\n  # c\nc: { d: 3 }\n'],
    ['document end markers', 'a: 1\n...\n---\nb: 2\n...\nc: 3\n'],
    ['content on the marker line', '--- {a: 1}\n--- [x]\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    [
      'block scalars',
      'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n',
    ],
    ['anchors and aliases', 'a: &x { b: 1 }\nc: *x\n'],
  ])('reads %s like the yaml package', (_name, text) => {
    const expected = preciseReading(text);
    expect(reading(text)).toEqual(expected);
  });

  it('resolves plain scalars like the core schema of the yaml package', () => {
    const text = [
      'ints: [1, -2, +3, 0o17, 0x1f, 0012]',
      'floats: [1.5, .5, 1., 1e3, -2.5E-1, .inf, -.Inf, .NaN]',
      'bools: [true, True, TRUE, false, False, FALSE]',
      'nulls: [~, null, Null, NULL, ]',
      'empty:',
      'strings: [yes, no, on, off, 1_000, 0b101, 2024-01-01, "3", !!str 4, 12:30]',
      '<<: { merged: false }',
    ].join('\n');
    const [{ value }] = reading(text);
    expect(value).toEqual(preciseReading(text)[0].value);
    expect(value).toMatchObject({
      ints: [1, -2, 3, 15, 31, 12],
      strings: [
        'yes',
        'no',
        'on',
        'off',
        '1_000',
        '0b101',
        '2024-01-01',
        '3',
        '4',
        '12:30',
      ],
      '<<': { merged: false },
    });
  });

  it('gives empty documents a null value and keeps counting', () => {
    const documents = [...readYamlDocuments('a: 1\n---\n---\nb: 2\n')];
    expect(documents.map(d => [d.number, d.value])).toEqual([
      [1, { a: 1 }],
      [2, null],
      [3, { b: 2 }],
    ]);
  });

  it('locates values and keys of valid documents', () => {
    const text = 'a: 1\n---\nmetadata:\n  name: x\n  tags: [p, q]\n';
    const [, second] = [...readYamlDocuments(text)];
    expect(second.locate(['metadata', 'tags', 1])).toEqual({
      line: 5,
      column: 13,
    });
    expect(second.locate(['metadata', 'name'], true)).toEqual({
      line: 4,
      column: 3,
    });
    // a missing path is located at its nearest ancestor
    expect(second.locate(['metadata', 'title'])).toEqual({
      line: 4,
      column: 3,
    });
  });

  it('locates YAML errors and still reads the other documents', () => {
    const text = 'a: { b: 1\n---\nc: 2\n';
    const documents = [...readYamlDocuments(text)];
    expect(documents[0].value).toBeUndefined();
    expect(documents[0].yamlErrors[0]).toMatchObject({
      line: expect.any(Number),
      column: expect.any(Number),
      message: expect.stringMatching(/^invalid YAML: /),
    });
    expect(documents[1]).toMatchObject({ number: 2, value: { c: 2 } });
  });

  it('reports a duplicate key with its position', () => {
    const [document] = [...readYamlDocuments('a: 1\nb: 2\na: 3\n')];
    expect(document.yamlErrors).toEqual([
      {
        line: 3,
        column: 1,
        message: expect.stringContaining('unique'),
      },
    ]);
  });
});

describe('readYamlDocument', () => {
  it('reads a document and locates its parts', () => {
    const document = readYamlDocument('entities:\n  - entity: x\n');
    expect(document.value).toEqual({ entities: [{ entity: 'x' }] });
    expect(document.locate(['entities', 0, 'entity'])).toEqual({
      line: 2,
      column: 13,
    });
  });

  it('locates YAML errors', () => {
    const document = readYamlDocument('entities:\n  - entity: [x\n');
    expect(document.value).toBeUndefined();
    expect(document.yamlErrors.length).toBeGreaterThan(0);
    expect(document.yamlErrors[0].message).toMatch(/^invalid YAML: /);
  });
});
