import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  CLI_TEST_TIMEOUT,
  fixture,
  PACKAGE_DIR,
  runCli,
} from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

const SMALL = fixture('models', 'small-model.yaml');
const evaluateJson = (...args: string[]) =>
  runCli(['evaluate', '--model', SMALL, '--format', 'json', ...args]);
const refs = (stdout: string) =>
  JSON.parse(stdout).entities.map((e: { entityRef: string }) => e.entityRef);

describe('$text, $json and $yaml placeholders', () => {
  const file = fixture('placeholders', 'catalog-info.yaml');

  it('resolves them relative to the catalog file, so that APIs evaluate', async () => {
    const run = await evaluateJson(file);
    expect(run.code).toBe(0);
    expect(refs(run.stdout)).toEqual([
      'api:default/text-api',
      'component:default/documented',
      'api:default/remote-api',
    ]);
    expect(run.stderr).not.toMatch(/must be string/);
  });

  it('warns about a URL target, naming file and line, and takes the field as present', async () => {
    const run = await evaluateJson(file);
    expect(run.stderr.trim().split('\n')).toEqual([
      `warning: ${file}:38:12 [document 3] spec.definition.$text: $text https://git.example.com/payments/openapi.yaml: URLs are not fetched offline; the field is taken as present, with the URL as its value`,
    ]);
  });

  it('reports a missing or unparsable target at the placeholder and leaves its entity out (exit 1)', async () => {
    const broken = fixture('placeholders', 'broken.yaml');
    const run = await evaluateJson(broken);
    expect(run.code).toBe(1);
    expect(refs(run.stdout)).toEqual([]);
    expect(run.stderr).toContain(
      `${broken}:11:12 [document 1] spec.definition.$text: cannot read $text ./not-there.yaml: no such file`,
    );
    expect(run.stderr).toMatch(
      new RegExp(
        `${broken.replace(
          /[.]/g,
          '\\.',
        )}:18:12 \\[document 2\\] metadata\\.labels\\.\\$json: cannot parse \\$json \\./bad\\.json: invalid JSON: .*\\n`,
      ),
    );
    expect(run.stderr).toContain(
      'nothing to evaluate: 2 problems left the documents concerned out',
    );
  });
});

describe('Location targets', () => {
  it('expands globs (sorted, each file once), warns about URLs and globs without matches', async () => {
    const file = fixture('globs', 'catalog-info.yaml');
    const run = await evaluateJson(file);
    expect(run.code).toBe(0);
    expect(refs(run.stdout)).toEqual([
      'component:default/service-a',
      'component:default/service-b',
      'component:default/service-c',
    ]);
    expect(run.stderr.trim().split('\n')).toEqual([
      `warning: ${file}:10:7 [document 1] spec.targets[2]: no file matches ./retired/*/catalog-info.yaml`,
      `warning: ${file}:11:7 [document 1] spec.targets[3]: skipped https://git.example.com/payments/other/catalog-info.yaml: URL targets are not fetched offline; give their catalog files on the command line`,
    ]);
  });

  it('says why nothing is left to evaluate when every target is a URL', async () => {
    const file = fixture('globs', 'urls-only.yaml');
    const run = await runCli(['evaluate', '--model', SMALL, '-q', file]);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      `warning: ${file}:8:7 [document 1] spec.targets[0]: skipped https://git.example.com/payments/a/catalog-info.yaml: URL targets are not fetched offline; give their catalog files on the command line`,
    );
    expect(lines[2]).toBe(
      'nothing to evaluate: 2 Location targets are URLs, not fetched offline',
    );
  });

  it('gate --offline says why there is no entity to gate', async () => {
    const file = fixture('globs', 'urls-only.yaml');
    const run = await runCli([
      'gate',
      '--model',
      SMALL,
      '--min-level',
      '1',
      '--offline',
      file,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `maturity gate: ${file}: nothing to evaluate: 2 Location targets are URLs, not fetched offline`,
    );
  });
});

describe('the repository root', () => {
  it('refuses Location and placeholder targets outside it, naming file and line (exit 2)', async () => {
    const root = fixture('escape');
    const file = fixture('escape', 'catalog-info.yaml');
    const run = await evaluateJson('--root', root, file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${file}:9:7 [document 1] spec.targets[1]: refused target ../../etc/passwd: it resolves outside the repository root (see --root)`,
    );
    expect(run.stderr).toContain(
      `${file}:20:12 [document 2] spec.definition.$text: refused $text ../../../../../../../../etc/passwd: it resolves outside the repository root (see --root)`,
    );
    expect(run.stderr).not.toMatch(/root:x:0/);
  });

  it('is the git top-level by default: the same targets inside the repository are read', async () => {
    const file = fixture('escape', 'catalog-info.yaml');
    const run = await evaluateJson(file);
    // ../../etc/passwd from the fixture is inside the repository (and missing);
    // the $text target climbs out of it
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('1 target outside the repository root');
    expect(run.stderr).toContain('spec.definition.$text: refused $text');
  });

  describe('with symbolic links', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-root-'));
      fs.mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'outside'));
      fs.writeFileSync(
        path.join(dir, 'outside', 'catalog-info.yaml'),
        fs.readFileSync(
          path.join(PACKAGE_DIR, fixture('escape', 'inside.yaml')),
        ),
      );
      fs.writeFileSync(path.join(dir, 'outside', 'secret.txt'), 'secret');
      fs.symlinkSync(
        path.join(dir, 'outside'),
        path.join(dir, 'repo', 'linked'),
      );
      fs.symlinkSync(
        path.join(dir, 'outside', 'secret.txt'),
        path.join(dir, 'repo', 'openapi.yaml'),
      );
      fs.writeFileSync(
        path.join(dir, 'repo', 'catalog-info.yaml'),
        [
          'apiVersion: backstage.io/v1alpha1',
          'kind: Location',
          'metadata: { name: linked }',
          'spec:',
          '  targets: [./linked/catalog-info.yaml, ./linked/*.yaml]',
          '---',
          'apiVersion: backstage.io/v1alpha1',
          'kind: API',
          'metadata: { name: linked-api }',
          'spec:',
          '  type: openapi',
          '  lifecycle: production',
          '  owner: team',
          '  definition: { $text: ./openapi.yaml }',
          '',
        ].join('\n'),
      );
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('refuses links that leave the git top-level of the first file', async () => {
      const file = path.join(dir, 'repo', 'catalog-info.yaml');
      const run = await evaluateJson(file);
      expect(run.code).toBe(2);
      const shown = file;
      expect(run.stderr).toContain('3 targets outside the repository root');
      expect(run.stderr).toContain(
        `${shown}:5:13 [document 1] spec.targets[0]: refused target ./linked/catalog-info.yaml`,
      );
      expect(run.stderr).toContain(
        `${shown}:5:41 [document 1] spec.targets[1]: refused target ./linked/*.yaml`,
      );
      expect(run.stderr).toContain(
        `${shown}:14:24 [document 2] spec.definition.$text: refused $text ./openapi.yaml`,
      );
      expect(run.stderr).not.toContain('secret');
    });
  });
});
