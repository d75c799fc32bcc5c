import fs from 'fs';
import os from 'os';
import path from 'path';
import { CLI_TEST_TIMEOUT, fixture, runCli } from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

/** The demo catalog at the repository root, as typed from the package folder. */
const EXAMPLES = path.join('..', '..', 'examples');
const ALL = path.join(EXAMPLES, 'all.yaml');
const FACTS = path.join(EXAMPLES, 'facts', 'online-payment-platform.yaml');
const SYSTEM = 'system:default/online-payment-platform';
const GROUP = 'group:default/payments-transaction-banking';
const HOSTILE = fixture('catalog', 'hostile.yaml');

/** The parts of the demo system: entities whose spec.system names it. */
function demoParts(): string[] {
  const text = fs.readFileSync(
    path.join(
      __dirname,
      '../../../examples/components/online-payment-platform.yaml',
    ),
    'utf8',
  );
  return text
    .split(/^---$/m)
    .filter(doc => /^\s*system:\s*online-payment-platform\s*$/m.test(doc))
    .map(doc => {
      const kind = /^kind:\s*(\w+)/m.exec(doc)![1].toLowerCase();
      const name = /^\s{2}name:\s*(\S+)/m.exec(doc)![1];
      return `${kind}:default/${name}`;
    })
    .sort();
}

function reportJson(stdout: string): any {
  return JSON.parse(stdout);
}

describe('maturity report', () => {
  it('reports a system with its parts as JSON: scope, every domain, the system and its parts', async () => {
    const run = await runCli([
      'report',
      '--scope',
      SYSTEM,
      '--format',
      'json',
      '--facts',
      FACTS,
      ALL,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = reportJson(run.stdout);
    const parts = demoParts();
    expect(parts.length).toBeGreaterThan(5);
    expect(report.cover.scope).toMatchObject({
      kind: 'system',
      entityRef: SYSTEM,
      title: 'Online Payment Platform',
      entityCount: parts.length + 1,
    });
    expect(report.cover.model).toMatchObject({ id: 'caict-devops' });
    expect(report.summary.domains).toHaveLength(12);
    expect(report.entities).toHaveLength(parts.length + 1);
    expect(report.entities[0].entityRef).toBe(SYSTEM);
    expect(
      report.entities
        .slice(1)
        .map((e: any) => e.entityRef)
        .sort(),
    ).toEqual(parts);
    // offline: no history, no attestations, and the notes say so
    const notes: string[] = report.appendix.notes;
    expect(
      notes.some(n =>
        /attestations and waivers are kept by the portal/.test(n),
      ),
    ).toBe(true);
    expect(notes.some(n => /No level history offline/.test(n))).toBe(true);
    expect(notes.some(n => /those in force when the report/.test(n))).toBe(
      false,
    );
    expect(notes.some(n => n.includes(FACTS))).toBe(true);
    for (const domain of report.domains) {
      for (const point of domain.history.slice(0, -1)) {
        expect(point.level).toBeNull();
      }
    }
  });

  it('writes Markdown with every domain and its level, and the parts', async () => {
    const json = await runCli([
      'report',
      '--scope',
      SYSTEM,
      '--format',
      'json',
      '--facts',
      FACTS,
      ALL,
    ]);
    const report = reportJson(json.stdout);
    const run = await runCli([
      'report',
      '--scope',
      SYSTEM,
      '--facts',
      FACTS,
      ALL,
    ]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(
      /^# DevOps maturity assessment report: Online Payment Platform/,
    );
    for (const domain of report.summary.domains) {
      const level = domain.level === null ? 'n/a' : `L${domain.level}`;
      const row = out
        .split('\n')
        .find(line =>
          line.startsWith(`| ${domain.title.replace(/[()]/g, '\\$&')} |`),
        );
      expect({ domain: domain.domainId, row }).toEqual({
        domain: domain.domainId,
        row: expect.stringContaining(`| ${level} |`),
      });
    }
    for (const part of demoParts()) expect(out).toContain(part);
  });

  it('restricts the report to --domains', async () => {
    const run = await runCli([
      'report',
      '--scope',
      SYSTEM,
      '--format',
      'json',
      '--domains',
      'sre,continuous-delivery',
      ALL,
    ]);
    expect(run.code).toBe(0);
    const report = reportJson(run.stdout);
    expect(report.summary.domains.map((d: any) => d.domainId).sort()).toEqual([
      'continuous-delivery',
      'sre',
    ]);
    expect(report.cover.domainFilter.sort()).toEqual([
      'continuous-delivery',
      'sre',
    ]);
  });

  it('reports a group with its nested teams and what they own', async () => {
    const run = await runCli([
      'report',
      '--scope',
      GROUP,
      '--format',
      'json',
      ALL,
    ]);
    expect(run.code).toBe(0);
    const refs: string[] = reportJson(run.stdout).entities.map(
      (e: any) => e.entityRef,
    );
    expect(refs[0]).toBe(GROUP);
    // a nested team and the system the department owns
    expect(refs.filter(r => r.startsWith('group:')).length).toBeGreaterThan(1);
    expect(refs).toContain(SYSTEM);
    // and nothing of another department
    expect(refs).not.toContain('group:default/retail-banking-technology');
    expect(refs).not.toContain('group:default/harbor-bank');
  });

  it('escapes hostile annotation values in HTML, written to --output', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-report-'));
    const file = path.join(dir, 'report.html');
    try {
      const run = await runCli([
        'report',
        '--scope',
        'system:default/hostile-system',
        '--format',
        'html',
        '--output',
        file,
        HOSTILE,
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      const html = fs.readFileSync(file, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('component:default/hostile-service');
      expect(html).toContain(
        '&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;',
      );
      expect(html).not.toContain('<script');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes Chinese with --lang zh-CN', async () => {
    const run = await runCli([
      'report',
      '--scope',
      SYSTEM,
      '--lang',
      'zh-CN',
      '--domains',
      'continuous-delivery',
      ALL,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# DevOps 能力成熟度评估报告');
    expect(run.stdout).toContain('| 持续交付 |');
    expect(run.stdout).toContain('离线无级别历史');
  });

  it('reads directories of catalog files', async () => {
    const run = await runCli([
      'report',
      '--scope',
      'system:default/hostile-system',
      '--format',
      'json',
      path.dirname(HOSTILE),
    ]);
    // other fixtures of the folder are invalid on purpose: exit 1, report written
    expect(run.code).toBe(1);
    expect(reportJson(run.stdout).cover.scope.entityCount).toBe(2);
  });

  it('exits 2 naming an unknown scope entity and the files read', async () => {
    const run = await runCli([
      'report',
      '--scope',
      'system:default/no-such-system',
      ALL,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no system system:default/no-such-system');
    expect(run.stderr).toContain(ALL);
    expect(run.stderr).toContain(path.join(EXAMPLES, 'systems.yaml'));
  });

  it('exits 2 for a scope that is neither a system nor a group', async () => {
    const run = await runCli([
      'report',
      '--scope',
      'component:default/payment-gateway',
      ALL,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'a report covers a system (with its parts) or a group (with its nested teams), not a component',
    );
  });

  it('exits 2 naming an unknown domain and the model domain ids', async () => {
    const run = await runCli([
      'report',
      '--scope',
      SYSTEM,
      '--domains',
      'sre,cd',
      ALL,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("unknown domain 'cd' in model caict-devops");
    expect(run.stderr).toMatch(/domains: .*continuous-delivery.*sre/);
  });

  it('exits 2 when --output cannot be written', async () => {
    const run = await runCli([
      'report',
      '--scope',
      'system:default/hostile-system',
      '--output',
      path.join(os.tmpdir(), 'no-such-dir-for-maturity', 'report.md'),
      HOSTILE,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^maturity report: cannot write .*report\.md/);
  });
});
