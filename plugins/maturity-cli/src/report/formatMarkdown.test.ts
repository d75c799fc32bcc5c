import {
  checkView,
  domainView,
  entityReport,
  reportHeader,
} from './__testUtils__/reports';
import type { ReportChanges } from './compareWithBase';
import { createMarkdownFormatter } from './formatMarkdown';
import type { EntityReport, ReportHeader } from './types';

/** An entity whose next level needs one failed and one unknown check. */
function withUnknown(name: string): EntityReport {
  const domain = domainView();
  domain.nextLevel!.checks.push(
    checkView({
      checkId: 'sre-owner',
      title: 'The owner exists',
      level: 2,
      status: 'unknown',
      message: 'relation unknown offline',
      remediation: 'Own it.',
    }),
  );
  return entityReport(name, { domains: [domain] });
}

function markdown(
  entities: EntityReport[],
  options: {
    header?: Partial<ReportHeader>;
    maxChars?: number;
    changes?: ReportChanges;
  } = {},
): string {
  const formatter = createMarkdownFormatter(
    reportHeader(options.header),
    undefined,
    { maxChars: options.maxChars },
  );
  return (
    formatter.start() +
    entities.map(entity => formatter.entity(entity)).join('') +
    formatter.end({ changes: options.changes })
  );
}

describe('createMarkdownFormatter', () => {
  it('puts the problems that fail the job first, then a summary row per entity, then next steps', () => {
    const text = markdown(
      [
        entityReport('a'),
        entityReport('b', { level: null, levelTitle: null, domains: [] }),
        entityReport('c'),
      ],
      {
        header: {
          problems: [{ file: 'x.yaml', line: 3, message: 'bad kind' }],
        },
      },
    );
    const problems = text.indexOf('### ⚠️ 1 problem in the input files');
    const summary = text.indexOf(
      '| Entity | Level | Levels by domain | Next levels need |',
    );
    expect(problems).toBeGreaterThan(0);
    expect(text).toContain(
      'They fail the job; the documents concerned were not evaluated.\n\n- `x.yaml:3: bad kind`',
    );
    expect(summary).toBeGreaterThan(problems);
    expect(text).toContain(
      '| `component:default/a` | 1 Initial | Site Reliability Engineering 1 | 1 failed, 0 unknown |',
    );
    expect(text.indexOf('### `component:default/a`')).toBeGreaterThan(summary);
    expect(text.indexOf('### `component:default/c`')).toBeGreaterThan(
      text.indexOf('### `component:default/a`'),
    );
    expect(text).not.toContain('`component:default/b` |');
    expect(text).toContain(
      'Not assessed, since no check of the model applies to them: `component:default/b`.',
    );
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('.</sub>\n')).toBe(true);
    expect(text).not.toContain('✂️');
  });

  it('lists failed checks with their remediation, once; counts unknown checks', () => {
    const text = markdown([withUnknown('a'), withUnknown('b')]);
    expect(text).toContain(
      '- ❌ **SLOs are defined** (`sre-slo-defined`, L2): slo is missing\n\n  Define SLOs.\n\n  See the SRE guide.\n',
    );
    expect(text).toContain(
      '- ❌ **SLOs are defined** (`sre-slo-defined`, L2): slo is missing (how to fix it: see above)\n',
    );
    expect(text.split('Define SLOs.')).toHaveLength(2);
    // the unknown check: counted, not listed; passing checks not listed either
    expect(text).not.toContain('The owner exists');
    expect(text).not.toContain('An on-call rotation');
    expect(text).toContain(
      '❔ 1 more check of the next levels is unknown (not listed).',
    );
    expect(text).toContain('| 1 failed, 1 unknown |');
    expect(text).toContain(
      'Unknown checks (❔) are counted, not listed: see them with `--format table` or `--format json`.',
    );
  });

  it('expands no entity whose next levels have no failed check', () => {
    const top = entityReport('top', {
      level: 5,
      levelTitle: 'Outstanding',
      domains: [domainView({ level: 5, nextLevel: undefined })],
    });
    const text = markdown([top]);
    expect(text).toContain(
      '| `component:default/top` | 5 Outstanding | Site Reliability Engineering 5 | top level reached |',
    );
    expect(text).not.toContain('### `component:default/top`');
  });

  it('escapes markup and collapses whitespace in inline text', () => {
    const entity = entityReport('a');
    entity.domains[0].nextLevel!.checks[0] = {
      ...entity.domains[0].nextLevel!.checks[0],
      message: 'a  <b>|c\nd & e ',
    };
    expect(markdown([entity])).toContain('): a &lt;b&gt;\\|c d &amp; e\n');
  });

  it('shows the level changes against the base at the top', () => {
    const changes: ReportChanges = {
      base: { path: 'base.json', form: 'report', evaluatedAt: '2026-01-01' },
      compared: 2,
      unchanged: 1,
      entities: [
        {
          entityRef: 'component:default/a',
          status: 'changed',
          level: { from: 2, to: 1 },
          domains: [
            { domainId: 'sre', title: 'SRE', from: 2, to: 1 },
            { domainId: 'cd', title: 'CD', from: 1, to: 2 },
          ],
        },
        {
          entityRef: 'component:default/n',
          status: 'new',
          level: { from: null, to: 1 },
          domains: [],
        },
        {
          entityRef: 'component:default/old',
          status: 'removed',
          level: { from: 3, to: null },
          domains: [],
        },
      ],
    };
    const text = markdown([entityReport('a')], { changes });
    const section = text.indexOf('### Changes against the base');
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(text.indexOf('| Entity |'));
    expect(text).toContain(
      'Base: `base.json` (report of 2026-01-01). 1 changed, 1 new, 1 removed, 1 unchanged.',
    );
    expect(text).toContain(
      '- `component:default/a`: overall ↓ 2 → 1 · SRE ↓ 2 → 1 · CD ↑ 1 → 2\n- 🆕 `component:default/n`: new, level 1\n- 🗑️ `component:default/old`: removed, was level 3\n',
    );
  });

  describe('--max-chars', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      withUnknown(`service-${String(i).padStart(2, '0')}`),
    );

    it('keeps all when it fits', () => {
      const text = markdown(many);
      expect(text.length).toBeLessThanOrEqual(60_000);
      expect(text).toContain('### `component:default/service-39`');
      expect(text).not.toContain('✂️');
    });

    it('leaves out whole entities from the end and says what and how to get it all', () => {
      const max = 6_000;
      const text = markdown(many, { maxChars: max });
      expect(text.length).toBeLessThanOrEqual(max);
      // every summary row fits; next steps stop at an entity
      expect(text).toContain('| `component:default/service-39` |');
      const shown = text.match(/^### `component:default\/service-\d\d`/gm)!;
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(40);
      const left = 40 - shown.length;
      expect(text).toContain(
        `> ✂️ Left out to stay within 6000 characters: the next steps of the last ${left} entities with failed checks (${left} failed checks). For the full report: \`maturity evaluate … --format json --output maturity.json\`.`,
      );
      // no entity is cut in its middle
      const last = shown[shown.length - 1].slice(4);
      expect(text.slice(text.indexOf(last))).toContain(
        '❔ 1 more check of the next levels is unknown (not listed).\n\n> ✂️',
      );
      expect(text.endsWith('.</sub>\n')).toBe(true);
    });

    it('leaves out summary rows and problems too under a small budget', () => {
      const problems = Array.from({ length: 30 }, (_, i) => ({
        file: 'catalog-info.yaml',
        line: i + 1,
        message: 'spec.owner is required',
      }));
      const text = markdown(many, { maxChars: 1_500, header: { problems } });
      expect(text.length).toBeLessThanOrEqual(1_500);
      expect(text).toContain('### ⚠️ 30 problems in the input files');
      expect(text).toMatch(
        /> ✂️ Left out to stay within 1500 characters: \d+ problems \(all are on stderr\), 40 entities of the summary table, the next steps of the last 40 entities with failed checks \(40 failed checks\)\./,
      );
    });

    it('never goes beyond a budget smaller than the note', () => {
      for (const max of [1, 40, 200, 400]) {
        expect(markdown(many, { maxChars: max }).length).toBeLessThanOrEqual(
          max,
        );
      }
    });
  });
});
