import { entityReport, formatAll, reportHeader } from './__testUtils__/reports';
import { createJsonFormatter } from './formatJson';

describe('createJsonFormatter', () => {
  const header = reportHeader({
    problems: [{ file: 'x.yaml', line: 3, column: 1, message: 'bad' }],
  });
  const entities = [entityReport('a'), entityReport('b')];

  it('prints one compact JSON document, every check described once', () => {
    const text = formatAll(
      createJsonFormatter(header, { pretty: false }),
      entities,
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual([
      'model',
      'evaluatedAt',
      'offline',
      'domainId',
      'entities',
      'checks',
      'problems',
    ]);
    expect(json.entities.map((e: any) => e.entityRef)).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    expect(json.entities[0].results).toEqual([
      expect.objectContaining({ checkId: 'sre-on-call', status: 'passed' }),
      expect.objectContaining({ checkId: 'sre-slo-defined', status: 'failed' }),
    ]);
    expect(json.entities[0].domains[0]).toMatchObject({
      passing: ['sre-on-call'],
      nextLevel: { level: 2, checkIds: ['sre-slo-defined'] },
    });
    expect(Object.keys(json.checks)).toEqual([
      'sre-on-call',
      'sre-slo-defined',
    ]);
    expect(json.checks['sre-slo-defined']).toEqual({
      title: 'SLOs are defined',
      domainId: 'sre',
      capabilityId: 'sre-incidents',
      level: 2,
      source: 'catalog',
      remediation: 'Define SLOs.\n\nSee the SRE guide.',
    });
    expect(json.problems).toEqual(header.problems);
  });

  it('prints the same value indented by two spaces when pretty', () => {
    const compact = formatAll(
      createJsonFormatter(header, { pretty: false }),
      entities,
    );
    const pretty = formatAll(
      createJsonFormatter(header, { pretty: true }),
      entities,
    );
    expect(pretty).toBe(`${JSON.stringify(JSON.parse(compact), null, 2)}\n`);
  });

  it('prints valid JSON without entities', () => {
    const compact = formatAll(
      createJsonFormatter(header, { pretty: false }),
      [],
    );
    const json = JSON.parse(compact);
    expect(json).toMatchObject({ entities: [], checks: {} });
    expect(formatAll(createJsonFormatter(header, { pretty: true }), [])).toBe(
      `${JSON.stringify(json, null, 2)}\n`,
    );
  });
});
