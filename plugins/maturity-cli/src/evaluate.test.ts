import fs from 'fs';
import os from 'os';
import path from 'path';
import { CLI_TEST_TIMEOUT, fixture, runCli } from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

const SMALL = fixture('models', 'small-model.yaml');
const PAYMENTS = fixture('catalog', 'payments.yaml');
const BROKEN_ENTITIES = fixture('catalog', 'broken-entities.yaml');
const FACTS = fixture('facts', 'payments.yaml');

describe('maturity evaluate', () => {
  it('evaluates every entity of a multi-document file as a table (exit 0)', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      FACTS,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain('Model small-model 1.0: Small test model');
    expect(out).toContain(
      `component:default/payments  (${PAYMENTS}, document 1, line 3)`,
    );
    expect(out).toContain(
      `component:default/payments-web  (${PAYMENTS}, document 2, line 19)`,
    );
    expect(out).toMatch(
      /Overall level 1 Initial · 71 % of applicable checks pass · 5 passed, 1 failed, 1 unknown/,
    );
    expect(out).toMatch(
      /Site Reliability Engineering\s+2 Foundation\s+67 %\s+2\s+1\s+0\s+L3: 1 check/,
    );
    expect(out).toMatch(
      /Continuous Delivery\s+1 Initial\s+75 %\s+3\s+0\s+1\s+L2: 1 check/,
    );
    // relations need the live catalog: unknown offline
    expect(out).toMatch(
      /\? delivery-owner \(L2\)\s+The owner is an existing group — .*unknown/,
    );
    expect(out).toMatch(
      /✖ sre-slo-met \(L3\)\s+SLOs are met — sloMet is false/,
    );
    // the API and the system have no applicable check in this model
    expect(out).toContain(
      'Not assessed (no check of the model applies): api:default/payments-api, system:default/payments',
    );
  });

  it('prints JSON with levels, check results, relations as unknown and facts mapped', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      FACTS,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.model).toMatchObject({ id: 'small-model', version: '1.0' });
    expect(json.offline).toBe(true);
    expect(json.problems).toEqual([]);
    expect(json.entities.map((e: any) => e.entityRef)).toEqual([
      'component:default/payments',
      'component:default/payments-web',
      'api:default/payments-api',
      'system:default/payments',
    ]);
    const [payments, web, api] = json.entities;
    expect(payments).toMatchObject({
      level: 1,
      levelTitle: 'Initial',
      location: { file: PAYMENTS, document: 1, line: 3 },
      counts: { passed: 5, failed: 1, unknown: 1 },
    });
    const sre = payments.domains.find((d: any) => d.domainId === 'sre');
    expect(sre).toMatchObject({
      level: 2,
      passing: ['sre-on-call', 'sre-slo-defined'],
      nextLevel: { level: 3, checkIds: ['sre-slo-met'] },
    });
    const byId = Object.fromEntries(
      payments.results.map((c: any) => [c.checkId, c]),
    );
    expect(byId['delivery-owner']).toMatchObject({
      status: 'unknown',
      domainId: 'delivery',
      level: 2,
    });
    expect(json.checks['delivery-owner']).toEqual({
      title: 'The owner is an existing group',
      domainId: 'delivery',
      capabilityId: 'delivery-pipeline',
      level: 2,
      source: 'relations',
      remediation: 'Set `spec.owner` to a group of the catalog.',
    });
    expect(byId['delivery-owner'].message).toContain(
      'group:default/payments-team',
    );
    // history with a relative date feeds the trend check: 50 h → 20 h
    expect(byId['delivery-lead-time-down']).toMatchObject({ status: 'passed' });
    expect(byId['sre-slo-met']).toMatchObject({
      status: 'failed',
      value: false,
    });
    expect(json.checks['sre-slo-met'].remediation).toBe(
      'Meet every SLO over 30 days.',
    );
    expect(web.domains.find((d: any) => d.domainId === 'sre')).toMatchObject({
      applicable: false,
      level: null,
    });
    expect(
      web.results.find((c: any) => c.checkId === 'delivery-weekly'),
    ).toMatchObject({
      status: 'failed',
      value: 0.5,
    });
    expect(api).toMatchObject({ level: null, results: [] });
  });

  it('treats missing facts as unknown, not failed', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const payments = JSON.parse(run.stdout).entities[0];
    const slo = payments.results.find(
      (c: any) => c.checkId === 'sre-slo-defined',
    );
    expect(slo).toMatchObject({ status: 'unknown' });
    expect(slo.message).toContain('sloFactRetriever');
  });

  it('prints Markdown ready for a pull-request comment', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      FACTS,
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(
      md.startsWith('<!-- maturity-cli:evaluate -->\n## DevOps maturity\n'),
    ).toBe(true);
    // a summary row per entity, then a section per entity with failed checks
    expect(md).toContain(
      '| `component:default/payments` | 1 Initial | Site Reliability Engineering 2 · Continuous Delivery 1 | 1 failed, 1 unknown |',
    );
    expect(md).toContain('### `component:default/payments`: level 1 · Initial');
    // only the failed checks of the next levels, with the remediation
    expect(md).not.toContain('sre-on-call');
    expect(md).toContain(
      '- ❌ **SLOs are met** (`sre-slo-met`, L3): sloMet is false, required true\n\n  Meet every SLO over 30 days.',
    );
    expect(md).toContain(
      '**Continuous Delivery → level 2 · Foundation** (holds the overall level down)',
    );
    // unknown checks are counted, not listed
    expect(md).not.toContain('delivery-owner');
    expect(md).toContain(
      '❔ 1 more check of the next levels is unknown (not listed).',
    );
    expect(md).toContain(
      'Not assessed, since no check of the model applies to them: `api:default/payments-api`, `system:default/payments`.',
    );
    // no HTML other than details, summary, sub and the marker
    expect(
      md.replace(
        /<\/?(details|summary|sub)>|<!-- maturity-cli:evaluate -->/g,
        '',
      ),
    ).not.toMatch(/<[a-z!/]/i);
  });

  it('restricts the report to one domain with --domain', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      FACTS,
      '--domain',
      'sre',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.domainId).toBe('sre');
    const [payments, web] = json.entities;
    expect(payments.level).toBe(2);
    expect(payments.domains.map((d: any) => d.domainId)).toEqual(['sre']);
    expect(payments.results.every((c: any) => c.domainId === 'sre')).toBe(true);
    expect(web.level).toBeNull();
  });

  it('evaluates with the default CAICT model', async () => {
    const run = await runCli([
      'evaluate',
      PAYMENTS,
      '--facts',
      FACTS,
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(`caict-devops` ');
    expect(run.stdout).toContain(' · Site Reliability Engineering 0 |');
    expect(run.stdout).toContain('**Continuous Delivery → level 1 · Initial**');
  });

  describe('--baseline-date', () => {
    const leadTime = async (...extra: string[]) => {
      const run = await runCli([
        'evaluate',
        PAYMENTS,
        '--facts',
        FACTS,
        '--format',
        'json',
        ...extra,
      ]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 0,
        stderr: '',
      });
      return JSON.parse(run.stdout).entities[0].results.find(
        (r: any) => r.checkId === 'bv-lead-time-improved',
      );
    };
    /** The ISO date `days` before today (the facts' dates are relative to now). */
    const daysBefore = (days: number) =>
      new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

    it("compares the default model's lead time with the baseline date", async () => {
      // history: 50 at -180d; now 20
      const date = daysBefore(30);
      const result = await leadTime('--baseline-date', date);
      expect(result).toMatchObject({ status: 'passed', value: 20 });
      expect(result.message).toMatch(
        new RegExp(
          `^lead time \\(hours\\) went from 50 \\(baseline ${date}, value of \\d{4}-\\d{2}-\\d{2}\\) to 20: -60 %, a decrease of ≥ 40 % since ${date}$`,
        ),
      );
      expect(await leadTime('--baseline-date', '2000-01-01')).toMatchObject({
        status: 'unknown',
        message:
          'no lead time (hours) history at or before the baseline 2000-01-01 to compare with',
      });
    });

    it('compares with 180 days ago without it', async () => {
      expect((await leadTime()).message).toMatch(
        /^lead time \(hours\) went from 50 \(\d{4}-\d{2}-\d{2}\) to 20: -60 %, a decrease of ≥ 40 % over 180 days$/,
      );
    });
  });

  it('reports invalid documents with file, document, line and column, evaluates the rest (exit 1)', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      BROKEN_ENTITIES,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.entities.map((e: any) => e.entityRef)).toEqual([
      'component:default/good-one',
      'component:default/good-two',
    ]);
    expect(json.entities[1].location).toEqual({
      file: BROKEN_ENTITIES,
      document: 6,
      line: 47,
    });
    const problems = run.stderr.trim().split('\n');
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/__fixtures__\/catalog\/broken-entities\.yaml:16:9 \[document 2\] metadata\.name: "Bad Name!" is not a valid name: letters and digits/,
      ),
      expect.stringMatching(
        /:17:10 \[document 2\] metadata\.tags\[0\]: "Not A Tag" is not a valid tag/,
      ),
      expect.stringMatching(/:23:1 \[document 3\] kind: is required/),
      expect.stringMatching(
        /:34:3 \[document 4\] spec\.lifecycle: is required for kind Component$/,
      ),
      expect.stringMatching(
        /:45:15 \[document 5\] spec\.dependsOn\[0\]: "other-service" is not a valid entity ref \(this field needs the kind/,
      ),
      expect.stringMatching(
        /:57:7 \[document 7\] kind: must be a string, got number$/,
      ),
      expect.stringMatching(
        /:61:5 \[document 7\] metadata\.annotations\['not a key!'\]: "not a key!" is not a valid annotation key/,
      ),
      expect.stringMatching(
        /:62:32 \[document 7\] metadata\.annotations\['backstage\.io\/techdocs-ref'\]: must be a string, got number$/,
      ),
      '8 problems in catalog files; the documents concerned were not evaluated',
    ]);
    expect(json.problems).toHaveLength(8);
    expect(json.problems[0]).toEqual({
      file: BROKEN_ENTITIES,
      document: 2,
      line: 16,
      column: 9,
      path: 'metadata.name',
      message: expect.stringContaining('"Bad Name!" is not a valid name'),
    });
  });

  it('reports a YAML syntax error in one document and reads the next ones', async () => {
    // written at test time: formatters refuse to keep invalid YAML in the repository
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    const file = path.join(dir, 'catalog-info.yaml');
    fs.writeFileSync(
      file,
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata: { name: unclosed',
        'spec:',
        '  type: service',
        '---',
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        '  name: after-the-error',
        'spec: { type: service, lifecycle: production, owner: team-a }',
        '',
      ].join('\n'),
    );
    try {
      const run = await runCli([
        'evaluate',
        '--model',
        SMALL,
        file,
        '--format',
        'json',
      ]);
      expect(run.code).toBe(1);
      expect(
        JSON.parse(run.stdout).entities.map((e: any) => e.entityRef),
      ).toEqual(['component:default/after-the-error']);
      expect(run.stderr).toMatch(
        new RegExp(
          `^${file.replace(
            /[.*+?^${}()|[\]\\]/g,
            '\\$&',
          )}:[34]:\\d+ \\[document 1\\]: invalid YAML: `,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows Location targets and knows the relation targets it has read', async () => {
    const location = fixture('catalog', 'location.yaml');
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      location,
      '--facts',
      FACTS,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.entities.map((e: any) => e.entityRef)).toEqual([
      'component:default/payments',
      'component:default/payments-web',
      'api:default/payments-api',
      'system:default/payments',
      'group:default/payments-team',
    ]);
    expect(json.entities[0].location.file).toBe(PAYMENTS);
    // the owner group is in team.yaml: its relation passes instead of being unknown
    expect(
      json.entities[0].results.find((r: any) => r.checkId === 'delivery-owner'),
    ).toMatchObject({
      status: 'passed',
    });
    expect(json.entities[0].level).toBe(2);
    // a missing target is a problem of the Location; a URL is skipped with a warning
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe(
      `warning: ${location}:11:7 [document 1] spec.targets[3]: skipped https://git.example.com/payments/other/catalog-info.yaml: URL targets are not fetched offline; give their catalog files on the command line`,
    );
    expect(lines[1]).toBe(
      `${location}:10:7 [document 1] spec.targets[2]: cannot read catalog file ${fixture(
        'catalog',
        'not-there.yaml',
      )}: no such file`,
    );
    expect(json.problems).toHaveLength(1);
  });

  it("gives entities the relations other entities' specs make to them, as the catalog does", async () => {
    const run = await runCli([
      'evaluate',
      fixture('catalog', 'location.yaml'),
      '--format',
      'json',
    ]);
    const api = JSON.parse(run.stdout).entities.find(
      (e: any) => e.entityRef === 'api:default/payments-api',
    );
    // apiProvidedBy comes from the payments component's providesApis
    expect(
      api.results.find((r: any) => r.checkId === 'app-api-registered'),
    ).toMatchObject({ status: 'passed' });
  });

  it('with --whole-catalog, a relation target outside the files does not exist', async () => {
    const statusOfOwnerCheck = async (extra: string[]) => {
      const run = await runCli([
        'evaluate',
        '--model',
        SMALL,
        PAYMENTS,
        '--format',
        'json',
        ...extra,
      ]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout).entities[0].results.find(
        (r: any) => r.checkId === 'delivery-owner',
      ).status;
    };
    // payments-team is not in payments.yaml
    expect(await statusOfOwnerCheck([])).toBe('unknown');
    expect(await statusOfOwnerCheck(['--whole-catalog'])).toBe('failed');
  });

  it('lists the problems in the Markdown too', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      BROKEN_ENTITIES,
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('### ⚠️ 8 problems in the input files');
    expect(run.stdout).toContain(
      '- `src/__fixtures__/catalog/broken-entities.yaml:34:3 [document 4] spec.lifecycle: is required for kind Component`',
    );
  });

  it('exits 2 on bad options and inputs, with a one-line message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['evaluate', 'missing.yaml'],
        /^maturity evaluate: cannot read catalog file missing\.yaml: no such file$/,
      ],
      [
        ['evaluate', '--model', 'nope', PAYMENTS],
        /^maturity evaluate: unknown model 'nope': not a file, nor a built-in model \(.*caict-devops.*\)$/,
      ],
      [
        ['evaluate', '--model', SMALL, '--domain', 'security', PAYMENTS],
        /^maturity evaluate: unknown domain 'security' in model small-model; domains: sre, delivery$/,
      ],
      [
        ['evaluate', '--format', 'html', PAYMENTS],
        /argument 'html' is invalid/,
      ],
      [['evaluate'], /missing required argument/],
      ...['2026/01/01', '2026-13-01', 'yesterday'].map(
        date =>
          [
            ['evaluate', '--baseline-date', date, PAYMENTS],
            new RegExp(
              `option '--baseline-date <YYYY-MM-DD>' argument '${date}' is invalid\\. must be an ISO date that exists \\(YYYY-MM-DD, e\\.g\\. 2026-01-01\\)`,
            ),
          ] as [string[], RegExp],
      ),
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({
        args,
        code: 2,
        stdout: '',
      });
      expect(run.stderr.trim()).toMatch(message);
    }
  });

  it('exits 2 when --model is an invalid model, listing its problems', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      fixture('models', 'broken-model.yaml'),
      PAYMENTS,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'maturity evaluate: invalid model src/__fixtures__/models/broken-model.yaml',
    );
    expect(run.stderr).toMatch(
      /broken-model\.yaml:32:25 domains\[0\]\.capabilities\[0\]\.checks\[1\]\.rule\.operator: unknown operator/,
    );
  });

  it('exits 2 on a broken facts file, listing every problem with its position', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      fixture('facts', 'broken-facts.yaml'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const file = fixture('facts', 'broken-facts.yaml');
    expect(run.stderr).toContain(
      'maturity evaluate: 4 problems in facts files:',
    );
    expect(run.stderr).toContain(
      `${file}:2:13 entities[0].entity: must be an entity ref like component:default/name`,
    );
    expect(run.stderr).toContain(
      `${file}:7:5 entities[1].owner: unknown key 'owner'`,
    );
    expect(run.stderr).toContain(
      `${file}:9:25 entities[1].facts.sloFactRetriever: facts of 'sloFactRetriever' must be a mapping`,
    );
    expect(run.stderr).toContain(
      `${file}:11:13 entities[1].history[0].at: must be an ISO 8601 date or a relative date like '-90d'`,
    );
  });

  describe('with pushed facts', () => {
    const PUSHED_MODEL = fixture('models', 'pushed-model.yaml');

    it('evaluates pushed.<source>.<fact> with every operator, trend from pushed history', async () => {
      const run = await runCli([
        'evaluate',
        '--model',
        PUSHED_MODEL,
        PAYMENTS,
        '--facts',
        fixture('facts', 'pushed.yaml'),
        '--format',
        'json',
      ]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 0,
        stderr: '',
      });
      const [payments, web] = JSON.parse(run.stdout).entities;
      const statuses = (entity: any) =>
        Object.fromEntries(
          entity.results.map((r: any) => [r.checkId, r.status]),
        );
      expect(payments.level).toBe(3);
      expect(statuses(payments)).toEqual({
        'ci-reports': 'passed',
        'coverage-high': 'passed',
        'build-green': 'passed',
        'scanned-recently': 'passed',
        'coverage-rising': 'passed',
      });
      expect(
        payments.results.find((r: any) => r.checkId === 'coverage-rising'),
      ).toMatchObject({
        value: 84,
        message: expect.stringMatching(
          /^coverage went from 60 \(\d{4}-\d{2}-\d{2}\) to 84: \+40 %/,
        ),
      });
      expect(web.level).toBe(1);
      expect(statuses(web)).toEqual({
        'ci-reports': 'passed',
        'coverage-high': 'failed',
        'build-green': 'unknown',
        'scanned-recently': 'unknown',
        'coverage-rising': 'failed',
      });
      const messages = Object.fromEntries(
        web.results.map((r: any) => [r.checkId, r.message]),
      );
      expect(messages['build-green']).toBe(
        'pushed.ci has not reported buildStatus',
      );
      expect(messages['scanned-recently']).toBe(
        'no facts from pushed.security',
      );
    });

    it('reports bad pushed facts with file, line and column (exit 2)', async () => {
      const file = fixture('facts', 'broken-pushed.yaml');
      const run = await runCli([
        'evaluate',
        '--model',
        PUSHED_MODEL,
        PAYMENTS,
        '--facts',
        file,
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        'maturity evaluate: 4 problems in facts files:',
      );
      expect(run.stderr).toContain(
        `${file}:4:11 entities[0].pushed.ci: facts of 'pushed.ci' must be a mapping of fact names to values`,
      );
      expect(run.stderr).toContain(
        `${file}:6:21 entities[0].pushed.security.lastScanAt: fact 'pushed.security.lastScanAt' has no value`,
      );
      expect(run.stderr).toContain(
        `${file}:8:13 entities[1].pushed: must map pushing sources to their facts, e.g. ci: { coverage: 80 }`,
      );
      expect(run.stderr).toContain(
        `${file}:10:9 entities[1].history[0].facts: must map retriever ids to their facts`,
      );
    });
  });

  describe('with many entities', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    });
    afterAll(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('reports progress on stderr and keeps stdout machine-clean', async () => {
      const documents = Array.from({ length: 250 }, (_, i) =>
        [
          'apiVersion: backstage.io/v1alpha1',
          'kind: Component',
          'metadata:',
          `  name: svc-${i}`,
          ...(i % 2
            ? ['  annotations:', '    pagerduty.com/service-id: P1']
            : []),
          'spec:',
          '  type: service',
          '  lifecycle: production',
          '  owner: team-a',
        ].join('\n'),
      );
      const file = path.join(dir, 'catalog-info.yaml');
      fs.writeFileSync(file, documents.join('\n---\n'));

      const run = await runCli([
        'evaluate',
        '--model',
        SMALL,
        file,
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.entities).toHaveLength(250);
      expect(json.entities[1].domains[0]).toMatchObject({
        domainId: 'sre',
        level: 1,
      });
      expect(run.stderr).toMatch(
        /^maturity: evaluating 250 entities…\nmaturity: evaluated 250 entities against small-model in [\d.]+ s\n$/,
      );

      const quiet = await runCli([
        'evaluate',
        '--model',
        SMALL,
        file,
        '--format',
        'json',
        '--quiet',
      ]);
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe('');
    });
  });
});
