import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  collectPushedFacts,
  parseFactAssignment,
  readPushedFactsFile,
} from './pushedFacts';

describe('parseFactAssignment', () => {
  it('reads the value as JSON when it is JSON, else as text', () => {
    expect(parseFactAssignment('coverage=87.5')).toEqual(['coverage', 87.5]);
    expect(parseFactAssignment('passed=true')).toEqual(['passed', true]);
    expect(parseFactAssignment('id="007"')).toEqual(['id', '007']);
    expect(parseFactAssignment('suites=["a","b"]')).toEqual([
      'suites',
      ['a', 'b'],
    ]);
    expect(parseFactAssignment('branch=main')).toEqual(['branch', 'main']);
    expect(parseFactAssignment('query=a=b')).toEqual(['query', 'a=b']);
    expect(parseFactAssignment('empty=')).toEqual(['empty', '']);
  });

  it('needs a name and an equals sign', () => {
    for (const bad of ['coverage', '=1', ' =1']) {
      expect(() => parseFactAssignment(bad)).toThrow(
        `--fact '${bad}' must be name=value, e.g. --fact coverage=87.5`,
      );
    }
  });
});

describe('readPushedFactsFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-push-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads JSON and YAML mappings', () => {
    expect(
      readPushedFactsFile(write('f.json', '{"coverage": 87.5, "ok": true}')),
    ).toEqual({ coverage: 87.5, ok: true });
    expect(
      readPushedFactsFile(
        write('f.yaml', 'coverage: 87.5\nran: 2026-03-01\nsuites: [a, b]\n'),
      ),
    ).toEqual({ coverage: 87.5, ran: '2026-03-01', suites: ['a', 'b'] });
  });

  it('names the file, line and column of a syntax error, and values that are not JSON', () => {
    const broken = write('broken.yaml', 'coverage: 87.5\n  bad: [\n');
    expect(() => readPushedFactsFile(broken)).toThrow(
      new RegExp(`^--facts-file ${broken}:\\d+:\\d+: not valid JSON or YAML: `),
    );
    const list = write('list.yaml', '- 1\n');
    expect(() => readPushedFactsFile(list)).toThrow(
      `--facts-file ${list}: must be a mapping of fact names to values`,
    );
    const nan = write('nan.yaml', 'rate: .nan\n');
    expect(() => readPushedFactsFile(nan)).toThrow(
      `--facts-file ${nan}: rate: NaN is not a JSON number`,
    );
    expect(() => readPushedFactsFile(path.join(dir, 'none.yaml'))).toThrow(
      /^cannot read --facts-file .*none\.yaml: no such file$/,
    );
  });

  it('takes --fact over the file, refuses a fact given twice and no facts at all', () => {
    const file = write('both.yaml', 'coverage: 50\nflaky: 2\n');
    expect(
      collectPushedFacts({ factsFile: file, fact: ['coverage=87.5'] }),
    ).toEqual({ coverage: 87.5, flaky: 2 });
    expect(() => collectPushedFacts({ fact: ['a=1', 'a=2'] })).toThrow(
      '--fact a is given more than once',
    );
    expect(() => collectPushedFacts({})).toThrow(/^no facts to push/);
  });
});
