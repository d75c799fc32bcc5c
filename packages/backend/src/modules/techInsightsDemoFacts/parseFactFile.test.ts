import { DateTime } from 'luxon';
import { parseFactFile } from './parseFactFile';
import { demoFactSchemas } from './demoFactSchemas';

const now = DateTime.fromISO('2026-11-26T10:30:00Z', { zone: 'utc' });
const parse = (text: string) =>
  parseFactFile({
    text,
    file: 'facts/payments.yaml',
    schemas: demoFactSchemas,
    now,
  });

describe('parseFactFile', () => {
  it('reads current facts, relative and absolute dates and history', () => {
    const { entries, problems } = parse(`
entities:
  - entity: component:default/quickpay-gateway
    facts:
      doraFactRetriever:
        deploymentsPerWeek: 14
        leadTimeHours: 18.5
      resilienceFactRetriever:
        lastDrDrill: -45d
        lastChaosExperiment: 2026-10-02T00:00:00Z
    history:
      - at: -180d
        facts:
          doraFactRetriever:
            leadTimeHours: 40
`);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(3);
    const [dora, resilience, past] = entries;
    expect(dora).toEqual({
      entity: {
        kind: 'component',
        namespace: 'default',
        name: 'quickpay-gateway',
      },
      retrieverId: 'doraFactRetriever',
      facts: { deploymentsPerWeek: 14, leadTimeHours: 18.5 },
      timestamp: undefined,
    });
    expect((resilience.facts.lastDrDrill as DateTime).toISODate()).toBe(
      '2026-10-12',
    );
    expect((resilience.facts.lastChaosExperiment as DateTime).toISODate()).toBe(
      '2026-10-02',
    );
    expect(past.timestamp?.toISODate()).toBe('2026-05-30');
    expect(past.facts).toEqual({ leadTimeHours: 40 });
  });

  it('reports every problem with its line and column and yields nothing', () => {
    const { entries, problems } = parse(
      [
        'entities:',
        '  - entity: component:default/a',
        '    facts:',
        '      doraFactRetriever:',
        '        deploymentsPerWeek: "many"',
        '        leadTimeHourz: 3',
        '      pagerDutyRetriever:',
        '        x: 1',
        '      securityFactRetriever:',
        '        openCriticalVulnerabilities: 1.5',
        '  - entity: not a ref!',
        '    facts: {}',
        '    extra: 1',
      ].join('\n'),
    );
    expect(entries).toEqual([]);
    expect(problems.map(p => [p.line, p.column])).toEqual([
      [5, 29],
      [6, 9],
      [7, 7],
      [10, 38],
      [11, 13],
    ]);
    expect(problems[0].message).toBe(
      `fact 'doraFactRetriever.deploymentsPerWeek' must be of type float, got "many"`,
    );
    expect(problems[1].message).toBe(
      `unknown fact 'doraFactRetriever.leadTimeHourz'`,
    );
    expect(problems[2].message).toMatch(
      /^unknown fact retriever 'pagerDutyRetriever'/,
    );
    expect(problems[3].message).toMatch(/must be of type integer, got 1.5/);
    expect(problems[4].message).toMatch(/'entity' must be an entity ref/);
    expect(problems.every(p => p.file === 'facts/payments.yaml')).toBe(true);
  });

  it('reports YAML syntax errors with their position', () => {
    const { entries, problems } = parse('entities:\n  - entity: [unclosed\n');
    expect(entries).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });

  it('requires the entities list', () => {
    const { problems } = parse('facts: {}\n');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 1,
        message: "expected a top-level 'entities' list",
      }),
    ]);
  });
});
