import {
  domainView,
  entityReport,
  formatAll,
  reportHeader,
} from './__testUtils__/reports';
import { createMarkdownFormatter } from './formatMarkdown';

describe('createMarkdownFormatter', () => {
  it('puts the summary of every entity before their sections', () => {
    const text = formatAll(createMarkdownFormatter(reportHeader()), [
      entityReport('a'),
      entityReport('b', { level: null, levelTitle: null, domains: [] }),
      entityReport('c'),
    ]);
    const summary = text.indexOf('| Entity | Level | Score |');
    expect(summary).toBeGreaterThan(0);
    expect(
      text.indexOf('| `component:default/b` | n/a | n/a |'),
    ).toBeGreaterThan(summary);
    expect(text.indexOf('### `component:default/a`')).toBeGreaterThan(summary);
    expect(text.indexOf('### `component:default/c`')).toBeGreaterThan(
      text.indexOf('### `component:default/a`'),
    );
    expect(text).not.toContain('### `component:default/b`');
    expect(text).toContain(
      'Not assessed, since no check of the model applies to them: `component:default/b`.',
    );
  });

  it('keeps one blank line between blocks and ends with one newline', () => {
    const top = entityReport('top', {
      level: 5,
      domains: [domainView({ level: 5, nextLevel: undefined })],
    });
    const text = formatAll(createMarkdownFormatter(reportHeader()), [
      top,
      entityReport('next'),
    ]);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('.</sub>\n')).toBe(true);
    expect(text).toContain(
      'Every applicable domain is at the top level. 🎉\n\n### `component:default/next`',
    );
  });

  it('repeats the remediation of a check under every entity that needs it', () => {
    const text = formatAll(createMarkdownFormatter(reportHeader()), [
      entityReport('a'),
      entityReport('b'),
    ]);
    const item =
      '- ❌ **SLOs are defined** (`sre-slo-defined`, L2): slo is missing\n\n  Define SLOs.\n\n  See the SRE guide.\n';
    expect(text.split(item)).toHaveLength(3);
  });

  it('escapes markup and collapses whitespace in inline text', () => {
    const entity = entityReport('a');
    entity.domains[0].passing[0] = {
      ...entity.domains[0].passing[0],
      message: 'a  <b>|c\nd & e ',
    };
    const text = formatAll(createMarkdownFormatter(reportHeader()), [entity]);
    expect(text).toContain('): a &lt;b&gt;\\|c d &amp; e\n');
  });
});
