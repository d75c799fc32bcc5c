import { parseModelYaml } from './parseModel';

const MODEL = `id: test-model
title: Test model
version: "1"
levels:
  - { level: 1, title: Initial }
  - { level: 2, title: Foundation }
  - { level: 3, title: Comprehensive }
  - { level: 4, title: Excellent }
  - { level: 5, title: Outstanding }
indicators:
  - id: config-accuracy
    title: Configuration accuracy
    aggregation: { type: passRate, check: ops-owner }
    appliesTo: { kind: component }
    unit: "%"
    target: 100
    direction: increase
    reference: YD/T 3763.6 configuration management
  - id: alert-detection
    title: Alert detection rate
    aggregation: { type: mean, fact: techInsights.slo.alertDetectionRate }
    unit: "%"
    target: 90
    direction: increase
  - id: lead-time-change
    title: Lead time change
    aggregation:
      type: change
      fact: techInsights.dora.leadTimeHours
      statistic: p50
      baseline: configured
      days: 180
    unit: "%"
    target: -40
    direction: decrease
  - id: sre-share
    title: SRE at level 3
    aggregation: { type: levelShare, domain: sre, minLevel: 3 }
    unit: "%"
    target: 80
    direction: increase
domains:
  - id: sre
    title: SRE
    capabilities:
      - id: sre-monitoring
        title: Monitoring
        checks:
          - id: sre-alerts
            title: Alerts
            level: 1
            rule:
              all:
                - fact: techInsights.slo.alertDetectionRate
                  operator: gte
                  value: 90
                - fact: techInsights.slo.sloDefined
                  operator: equals
                  value: true
                - fact: entity.spec.type
                  operator: equals
                  value: service
                - fact: entity.metadata.annotations.replicas
                  operator: gte
                  value: 2
            remediation:
              markdown: Alert.
          - id: sre-lead-time
            title: Lead time
            level: 2
            rule:
              fact: techInsights.dora.leadTimeHours
              operator: lt
              value: 24
            remediation:
              markdown: Faster.
  - id: ops
    title: Ops
    capabilities:
      - id: ops-config
        title: Config
        checks:
          - id: ops-owner
            title: Owner
            level: 1
            rule:
              fact: relations.ownedBy.group
              operator: exists
            remediation:
              markdown: Own it.
`;

/** The model with one text replaced (which must occur). */
function edit(from: string, to: string): string {
  expect(MODEL).toContain(from);
  return MODEL.replace(from, to);
}

/** The line where a snippet (which may span lines) starts. */
function lineOf(text: string, snippet: string): number {
  const index = text.indexOf(snippet);
  if (index < 0) throw new Error(`no text ${snippet}`);
  return text.slice(0, index).split('\n').length;
}

describe('parseModelYaml: indicators', () => {
  it('accepts indicators of every aggregation', () => {
    const result = parseModelYaml(MODEL);
    expect(result.problems).toEqual([]);
    expect(result.model?.indicators?.map(i => i.aggregation)).toEqual([
      { type: 'passRate', check: 'ops-owner' },
      { type: 'mean', fact: 'techInsights.slo.alertDetectionRate' },
      {
        type: 'change',
        fact: 'techInsights.dora.leadTimeHours',
        statistic: 'p50',
        baseline: 'configured',
        days: 180,
      },
      { type: 'levelShare', domain: 'sre', minLevel: 3 },
    ]);
  });

  it('accepts a model without indicators', () => {
    const text = MODEL.replace(/indicators:\n[\s\S]*?(?=domains:)/, '');
    expect(text).not.toContain('indicators:');
    expect(parseModelYaml(text).problems).toEqual([]);
  });

  it.each([
    {
      name: 'an unknown key',
      from: '    title: Alert detection rate\n',
      to: '    title: Alert detection rate\n    colour: red\n',
      path: 'indicators[1].colour',
      message: "unknown key 'colour'",
      lineWith: 'colour: red',
    },
    {
      name: 'an unknown key of an aggregation',
      from: 'days: 180',
      to: 'days: 180\n      window: 3',
      path: 'indicators[2].aggregation.window',
      message: "unknown key 'window'",
      lineWith: 'window: 3',
    },
    {
      name: 'a missing field',
      from: '    target: 90\n',
      to: '',
      path: 'indicators[1].target',
      message: 'required number is missing',
      lineWith: '- id: alert-detection',
    },
    {
      name: 'a duplicate id',
      from: '  - id: sre-share',
      to: '  - id: config-accuracy',
      path: 'indicators[3].id',
      message:
        "duplicate indicator id 'config-accuracy' (first defined at indicators[0])",
      lineWith: '  - id: config-accuracy\n    title: SRE',
    },
    {
      name: 'an unknown aggregation type',
      from: '{ type: mean, fact',
      to: '{ type: median, fact',
      path: 'indicators[1].aggregation.type',
      message: "unknown aggregation type 'median'",
      lineWith: 'type: median',
    },
    {
      name: 'an unknown check',
      from: 'check: ops-owner',
      to: 'check: ops-owners',
      path: 'indicators[0].aggregation.check',
      message:
        "no check 'ops-owners' in this model (did you mean 'ops-owner'?)",
      lineWith: 'check: ops-owners',
    },
    {
      name: 'an unknown domain',
      from: 'domain: sre,',
      to: 'domain: security,',
      path: 'indicators[3].aggregation.domain',
      message: "no domain 'security' in this model",
      lineWith: 'domain: security',
    },
    {
      name: 'a fact no check reads',
      from: 'fact: techInsights.slo.alertDetectionRate }',
      to: 'fact: techInsights.slo.alertRate }',
      path: 'indicators[1].aggregation.fact',
      message: "no check of this model reads 'techInsights.slo.alertRate'",
      lineWith: 'techInsights.slo.alertRate',
    },
    {
      name: 'a fact read only as a boolean',
      from: 'fact: techInsights.slo.alertDetectionRate }',
      to: 'fact: techInsights.slo.sloDefined }',
      path: 'indicators[1].aggregation.fact',
      message:
        "'techInsights.slo.sloDefined' is not a numeric fact: the model reads it only with equals",
      lineWith: 'fact: techInsights.slo.sloDefined }',
    },
    {
      name: 'change of a catalog fact',
      from: 'fact: techInsights.dora.leadTimeHours\n      statistic',
      to: 'fact: entity.metadata.annotations.replicas\n      statistic',
      path: 'indicators[2].aggregation.fact',
      message:
        "'change' compares a fact with its history, which only techInsights and pushed facts have",
      lineWith: 'fact: entity.metadata.annotations.replicas',
    },
    {
      name: 'a level outside 1..5',
      from: 'minLevel: 3',
      to: 'minLevel: 6',
      path: 'indicators[3].aggregation.minLevel',
      message: 'level must be from 1 to 5',
      lineWith: 'minLevel: 6',
    },
    {
      name: 'a malformed baseline date',
      from: 'baseline: configured',
      to: 'baseline: 2026-13-01',
      path: 'indicators[2].aggregation.baseline',
      message: "expected an ISO date (YYYY-MM-DD) or 'configured'",
      lineWith: 'baseline: 2026-13-01',
    },
    {
      name: 'a bad direction',
      from: '    direction: decrease\n',
      to: '    direction: down\n',
      path: 'indicators[2].direction',
      message: "expected 'increase' or 'decrease'",
      lineWith: 'direction: down',
    },
  ])('reports $name with path and line', mistake => {
    const text = edit(mistake.from, mistake.to);
    const result = parseModelYaml(text, { source: 'model.yaml' });
    expect(result.model).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: mistake.path,
        message: expect.stringContaining(mistake.message),
        source: 'model.yaml',
      }),
    ]);
    expect(result.problems[0].line).toBe(lineOf(text, mistake.lineWith));
  });

  it('reports every indicator problem at once', () => {
    let text = MODEL.replace('check: ops-owner', 'check: nope');
    text = text.replace('minLevel: 3', 'minLevel: 0');
    text = text.replace('target: 90', 'target: high');
    const result = parseModelYaml(text);
    expect(result.problems.map(p => p.path)).toEqual([
      'indicators[0].aggregation.check',
      'indicators[1].target',
      'indicators[3].aggregation.minLevel',
    ]);
  });
});
