import { buildReport } from './buildReport';
import { reportInput } from '../__testUtils__/reportFixture';
import { renderReportHtml } from './renderReportHtml';
import { renderReportMarkdown } from './renderReportMarkdown';

// a hostile link target, built so that it is not a script URL literal
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

describe('renderReportHtml', () => {
  const html = renderReportHtml(buildReport(reportInput()));

  it('shows hostile text as text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;|x');
  });

  it('carries the levels, the evidence and print rules, with no external asset', () => {
    expect(html).toMatch(
      /Continuous delivery \(YD\/T 3763\.3\): <span class="level">L1<\/span>/,
    );
    expect(html).toContain('Overall: L1');
    expect(html).toContain('href="https://wiki.example.com/runbook-review"');
    expect(html).toContain('attested by user:default/bob');
    expect(html).toContain(
      'Decommissioned in Q1 (waived by user:default/cto; expires 2027-03-31',
    );
    expect(html).toContain('page-break-before:always');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).not.toMatch(/<(link|img|script)\b/);
    expect(html).not.toMatch(/src=|@import/);
  });

  it('does not link to non-http URLs', () => {
    const input = reportInput();
    input.attestations = new Map([
      [
        'system:default/pay',
        {
          runbook: {
            evidenceUrl: SCRIPT_URL,
            author: 'user:default/eve',
            attestedAt: '2026-11-01T00:00:00.000Z',
            expiresAt: '2027-01-01T00:00:00.000Z',
          },
        },
      ],
    ]);
    const page = renderReportHtml(buildReport(input));
    expect(page).not.toContain('href="javascript');
    expect(page).toContain(SCRIPT_URL);
  });

  it('renders Chinese labels', () => {
    const page = renderReportHtml(
      buildReport({ ...reportInput(), language: 'zh-CN' }),
    );
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('DevOps 能力成熟度评估报告');
    expect(page).toContain('总体: L1');
  });
});

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(buildReport(reportInput()));

  it('keeps hostile text inside its table cell', () => {
    expect(markdown).not.toContain('<script>');
    const row = markdown
      .split('\n')
      .find(line => line.includes('annotation example.com/owner: &lt;script'));
    expect(row).toBeDefined();
    // 5 columns → 6 unescaped pipes
    expect(row!.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(row).toContain('\\|x');
  });

  it('flattens newlines in cells', () => {
    const input = reportInput();
    input.entities[0].annotations!['example.com/owner'] = 'a\nb | c';
    const text = renderReportMarkdown(buildReport(input));
    expect(text).toContain('annotation example.com/owner: a b \\| c');
  });

  it('carries levels and evidence', () => {
    expect(markdown).toContain('**Overall: L1**');
    expect(markdown).toContain('| Continuous delivery | YD/T 3763.3 | L1 |');
    expect(markdown).toContain('https://wiki.example.com/runbook-review');
    expect(markdown).toContain('### Gaps to level L2');
  });
});
