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
const PAYMENTS = fixture('catalog', 'payments.yaml');
const FACTS = fixture('facts', 'payments.yaml');

/**
 * The base branch of the payments catalog: `payments` without its on-call
 * annotation, no `payments-web` yet, and a `legacy` component removed since.
 */
function basePayments(): string {
  const [payments, , ...rest] = fs
    .readFileSync(path.join(PACKAGE_DIR, PAYMENTS), 'utf8')
    .split('---\n');
  return [
    payments.replace('    pagerduty.com/service-id: PAY123\n', ''),
    ...rest,
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: legacy\nspec:\n  type: service\n  lifecycle: deprecated\n  owner: payments-team\n',
  ].join('---\n');
}

/** A catalog of `count` services, each failing the checks of the default model's first level. */
function services(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: service-${i}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-${
        i % 5
      }\n`,
  ).join('---\n');
}

describe('maturity evaluate in CI', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-ci-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--base <checkout>: reads the same catalog files there and shows the level changes first', async () => {
    const checkout = path.join(dir, 'base');
    fs.mkdirSync(path.join(checkout, path.dirname(PAYMENTS)), {
      recursive: true,
    });
    fs.writeFileSync(path.join(checkout, PAYMENTS), basePayments());
    const args = ['evaluate', '--model', SMALL, PAYMENTS, '--facts', FACTS];
    const md = await runCli([
      ...args,
      '--base',
      checkout,
      '--format',
      'markdown',
    ]);
    expect({ code: md.code, stderr: md.stderr }).toEqual({
      code: 0,
      stderr: '',
    });
    const changes = md.stdout.indexOf('### Changes against the base');
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThan(md.stdout.indexOf('| Entity |'));
    expect(md.stdout).toContain(
      `Base: \`${checkout}\`. 1 changed, 1 new, 1 removed, 2 unchanged.\n\n` +
        '- `component:default/payments`: overall ↑ 0 → 1 · Site Reliability Engineering ↑ 0 → 2\n' +
        '- 🆕 `component:default/payments-web`: new, level 1\n' +
        '- 🗑️ `component:default/legacy`: removed, was level 0\n',
    );

    const table = await runCli([...args, '--base', checkout, '-q']);
    expect({ code: table.code, stderr: table.stderr }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(table.stdout).toContain(
      '\nChanges against the base:\n' +
        `  Base: ${checkout}. 1 changed, 1 new, 1 removed, 2 unchanged.\n` +
        '  component:default/payments: overall ↑ 0 → 1 · Site Reliability Engineering ↑ 0 → 2\n',
    );
  });

  it('--base <report.json>: compares with an earlier JSON report', async () => {
    const baseCatalog = path.join(dir, 'base-catalog.yaml');
    const baseReport = path.join(dir, 'base-report.json');
    fs.writeFileSync(baseCatalog, basePayments());
    // the base branch has no payments-web yet, so its facts file has none
    // (facts of an entity outside the catalog are refused)
    const baseFacts = path.join(dir, 'base-facts.yaml');
    const facts = fs.readFileSync(path.join(PACKAGE_DIR, FACTS), 'utf8');
    fs.writeFileSync(
      baseFacts,
      facts.slice(
        0,
        facts.indexOf('  - entity: component:default/payments-web'),
      ),
    );
    const before = await runCli([
      'evaluate',
      '--model',
      SMALL,
      baseCatalog,
      '--facts',
      baseFacts,
      '--format',
      'json',
      '--output',
      baseReport,
    ]);
    expect(before).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      FACTS,
      '--base',
      baseReport,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const { changes } = JSON.parse(run.stdout);
    expect(changes).toEqual({
      base: {
        path: baseReport,
        form: 'report',
        evaluatedAt: JSON.parse(fs.readFileSync(baseReport, 'utf8'))
          .evaluatedAt,
      },
      compared: 3,
      unchanged: 2,
      entities: [
        {
          entityRef: 'component:default/payments',
          status: 'changed',
          level: { from: 0, to: 1 },
          domains: [
            {
              domainId: 'sre',
              title: 'Site Reliability Engineering',
              from: 0,
              to: 2,
            },
          ],
        },
        {
          entityRef: 'component:default/payments-web',
          status: 'new',
          level: { from: null, to: 1 },
          domains: [],
        },
        {
          entityRef: 'component:default/legacy',
          status: 'removed',
          level: { from: 0, to: null },
          domains: [],
        },
      ],
    });
  });

  it('keeps the Markdown of 40 components within 60 000 characters and says what it left out', async () => {
    const catalog = path.join(dir, 'services.yaml');
    fs.writeFileSync(catalog, services(40));
    const run = await runCli([
      'evaluate',
      catalog,
      '--format',
      'markdown',
      '-q',
    ]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toContain('| `component:default/service-39` |');
    const shown = md.match(/^### `component:default\/service-\d+`/gm) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(md).toMatch(
      new RegExp(
        `> ✂️ Left out to stay within 60000 characters: the next steps of the last ${
          40 - shown.length
        } entities with failed checks \\(\\d+ failed checks\\)\\. For the full report: \`maturity evaluate … --format json --output maturity\\.json\`\\.`,
      ),
    );

    const tiny = await runCli([
      'evaluate',
      catalog,
      '--format',
      'markdown',
      '--max-chars',
      '1200',
      '-q',
    ]);
    expect(tiny.code).toBe(0);
    expect(tiny.stdout.length).toBeLessThanOrEqual(1200);
    expect(tiny.stdout).toContain(
      '> ✂️ Left out to stay within 1200 characters:',
    );
    expect(tiny.stdout).toContain('the next steps of the last 40 entities');

    const bad = await runCli(['evaluate', catalog, '--max-chars', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "option '--max-chars <n>' argument '0' is invalid. must be a whole number of characters, e.g. 60000",
    );
  });
});
