import fs from 'fs';
import os from 'os';
import path from 'path';
import { CLI_TEST_TIMEOUT, fixture, runCli } from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

const DEFAULT_MODEL = path.join(
  path.dirname(
    require.resolve('@devops-maturity/plugin-maturity-common/package.json'),
  ),
  'models',
  'caict-devops.yaml',
);
const BROKEN = fixture('models', 'broken-model.yaml');
const SMALL = fixture('models', 'small-model.yaml');

describe('maturity lint-model', () => {
  it('accepts the default model (exit 0)', async () => {
    const run = await runCli(['lint-model', DEFAULT_MODEL]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /caict-devops\.yaml: valid \(caict-devops [\d.]+, \d+ domains, \d+ checks\)/,
    );
  });

  it('reports every mistake of a broken model with line, column and path (exit 1)', async () => {
    const run = await runCli(['lint-model', BROKEN]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const expected: Array<[number, number, string, RegExp]> = [
      [
        20,
        20,
        'domains[0].capabilities[0].checks[0].level',
        /level must be from 1 to 5/,
      ],
      [
        29,
        13,
        'domains[0].capabilities[0].checks[1].severity',
        /unknown key 'severity'/,
      ],
      [
        32,
        25,
        'domains[0].capabilities[0].checks[1].rule.operator',
        /unknown operator 'isTrue'/,
      ],
      [
        35,
        17,
        'domains[0].capabilities[0].checks[2].id',
        /duplicate check id 'sre-on-call'/,
      ],
      [44, 13, 'domains[0].capabilities[0].checks[3].remediation', /missing/],
      [
        48,
        21,
        'domains[0].capabilities[0].checks[3].rule.fact',
        /unknown fact source 'metrics'/,
      ],
    ];
    for (const [line, column, modelPath, message] of expected) {
      const prefix = `${BROKEN}:${line}:${column} ${modelPath}: `;
      const hit = lines.find(l => l.startsWith(prefix));
      expect(hit).toBeDefined();
      expect(hit).toMatch(message);
    }
    expect(lines[lines.length - 1]).toBe(`${BROKEN}: 6 problems`);
  });

  it('prints JSON for machines with --format json', async () => {
    const run = await runCli(['lint-model', '--format', 'json', BROKEN, SMALL]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.valid).toBe(false);
    expect(json.problemCount).toBe(6);
    expect(json.files).toHaveLength(2);
    expect(json.files[0]).toMatchObject({ file: BROKEN, valid: false });
    expect(json.files[0].problems).toContainEqual({
      line: 32,
      column: 25,
      path: 'domains[0].capabilities[0].checks[1].rule.operator',
      message: expect.stringContaining("unknown operator 'isTrue'"),
      severity: 'error',
    });
    for (const problem of json.files[0].problems) {
      expect(problem).toEqual({
        line: expect.any(Number),
        column: expect.any(Number),
        path: expect.any(String),
        message: expect.any(String),
        severity: 'error',
      });
    }
    expect(json.files[1]).toEqual({
      file: SMALL,
      valid: true,
      model: {
        id: 'small-model',
        title: 'Small test model',
        version: '1.0',
        domains: 2,
        checks: 7,
        languages: ['en'],
      },
      problems: [],
      warnings: [],
    });
  });

  it('exits 0 with JSON when every file is valid', async () => {
    const run = await runCli([
      'lint-model',
      '--format',
      'json',
      SMALL,
      DEFAULT_MODEL,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      valid: true,
      problemCount: 0,
    });
  });

  it('reports YAML syntax errors with their position', async () => {
    // written at test time: formatters refuse to keep invalid YAML in the repository
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    const file = path.join(dir, 'model.yaml');
    fs.writeFileSync(file, 'id: x\ntitle: [unclosed\nversion: "1"\n');
    try {
      const run = await runCli(['lint-model', file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /model\.yaml:\d+:\d+ \(yaml\): invalid YAML: /,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a trend baseline that is not a date with its line and path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    const file = path.join(dir, 'model.yaml');
    const text = fs
      .readFileSync(path.resolve(__dirname, '..', SMALL), 'utf8')
      .replace(
        'value: { days: 180, direction: decrease, minChangePercent: 40 }',
        'value: { days: 180, direction: decrease, minChangePercent: 40, baseline: 2026/01/01 }',
      );
    fs.writeFileSync(file, text);
    const line =
      text.split('\n').findIndex(l => l.includes('baseline: 2026/01/01')) + 1;
    try {
      const run = await runCli(['lint-model', file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        new RegExp(
          `model\\.yaml:${line}:\\d+ domains\\[1\\]\\.capabilities\\[\\d\\]\\.checks\\[\\d\\]\\.rule\\.value\\.baseline: '2026/01/01' is not a baseline: expected an ISO date that exists \\(YYYY-MM-DD, e\\.g\\. 2026-01-01\\) or 'configured'`,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on an unreadable file and on usage errors', async () => {
    const missing = await runCli(['lint-model', 'no-such-model.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim()).toBe(
      'maturity lint-model: cannot read model file no-such-model.yaml: no such file',
    );

    const noFile = await runCli(['lint-model']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/missing required argument 'file'/);

    const badFormat = await runCli(['lint-model', '--format', 'xml', SMALL]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/argument 'xml' is invalid/);
  });
});
