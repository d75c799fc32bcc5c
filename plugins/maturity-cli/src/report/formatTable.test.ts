import { entityReport, formatAll, reportHeader } from './__testUtils__/reports';
import { columns, createTableFormatter } from './formatTable';

describe('columns', () => {
  it('pads to the widest cell in code points, numbers to the right', () => {
    expect(
      columns(
        [
          ['NAME', 'N', 'NOTE'],
          ['🎉 party', '10', 'x'],
          ['b', '2', ''],
        ],
        new Set([1]),
      ),
    ).toEqual(['NAME      N  NOTE', '🎉 party  10  x', 'b         2']);
  });

  it('counts Chinese characters as two columns, as terminals show them', () => {
    expect(
      columns([
        ['DOMAIN', 'LEVEL'],
        ['持续交付', '1 初始级'],
        ['安全（DevSecOps）', '2'],
      ]),
    ).toEqual([
      'DOMAIN             LEVEL',
      '持续交付           1 初始级',
      '安全（DevSecOps）  2',
    ]);
  });
});

describe('createTableFormatter', () => {
  it('prints each assessed entity, then the ones not assessed', () => {
    const text = formatAll(createTableFormatter(reportHeader()), [
      entityReport('a'),
      entityReport('b', { level: null, levelTitle: null, domains: [] }),
    ]);
    expect(text).toMatch(
      /^Model small 1\.0: Small\nOffline evaluation: .*\n\ncomponent:default\/a {2}\(catalog-info\.yaml, document 1, line 1\)\n/,
    );
    expect(text).toContain(
      '      ✖ sre-slo-defined (L2)  SLOs are defined — slo is missing\n',
    );
    expect(
      text.endsWith(
        '\nNot assessed (no check of the model applies): component:default/b\n',
      ),
    ).toBe(true);
  });

  it('says when there is nothing to evaluate', () => {
    expect(formatAll(createTableFormatter(reportHeader()), [])).toContain(
      '\n\nNo valid entities to evaluate.\n',
    );
  });
});
