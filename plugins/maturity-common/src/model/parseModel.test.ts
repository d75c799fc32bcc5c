import { forEachCondition } from './forEachCondition';
import {
  loadModelOrThrow,
  parseModelObject,
  parseModelYaml,
} from './parseModel';
import { formatModelProblems, ModelValidationError } from './problems';
import type { ModelProblem } from './problems';
import type { RuleNode } from './types';

const VALID = `id: test-model
title: Test model
version: "1"
levels:
  - { level: 1, title: Initial }
  - { level: 2, title: Foundation }
  - { level: 3, title: Comprehensive }
  - { level: 4, title: Excellent }
  - { level: 5, title: Outstanding }
domains:
  - id: sre
    title: SRE
    capabilities:
      - id: sre-oncall
        title: On-call
        checks:
          - id: sre-pager
            title: Pager
            level: 1
            appliesTo: { kind: component, spec.type: service }
            rule:
              all:
                - fact: "entity.metadata.annotations['pagerduty.com/service-id']"
                  operator: exists
                - fact: techInsights.sloFactRetriever.alertDetectionRate
                  operator: gte
                  value: 90
            remediation:
              markdown: Add the annotation.
          - id: sre-dr
            title: DR
            level: 2
            attestation:
              evidence: DR report
              validForDays: 365
            remediation:
              markdown: Drill.
  - id: cd
    title: CD
    capabilities:
      - id: cd-deploy
        title: Deploy
        checks:
          - id: cd-weekly
            title: Weekly
            level: 2
            rule:
              fact: techInsights.doraFactRetriever.deploymentsPerWeek
              operator: gte
              value: 1
            remediation:
              markdown: Deploy.
          - id: cd-source
            title: Source
            level: 1
            rule:
              fact: "entity.metadata.annotations['backstage.io/source-location']"
              operator: matches
              value: '^url:'
            remediation:
              markdown: Link.
          - id: cd-after-sre
            title: Needs SRE
            level: 3
            rule:
              fact: maturity.sre.level
              operator: gte
              value: 2
            remediation:
              markdown: Do SRE.
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

interface Mistake {
  name: string;
  from: string;
  to: string;
  /** Expected problems: path, a part of the message, and the text on the reported line. */
  expect: Array<{
    path: string;
    message: string;
    lineWith: string;
    /** Use the last line containing `lineWith`. */
    last?: boolean;
    column?: number;
  }>;
}

const MISTAKES: Mistake[] = [
  {
    name: 'unknown key',
    from: '            title: Pager\n',
    to: '            title: Pager\n            severity: high\n',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[0].severity',
        message: "unknown key 'severity'",
        lineWith: 'severity: high',
        column: 13,
      },
    ],
  },
  {
    name: 'misspelt key with suggestion',
    from: '        title: Config\n',
    to: '        titel: Config\n',
    expect: [
      {
        path: 'domains[2].capabilities[0].titel',
        message: "unknown key 'titel' (did you mean 'title'?)",
        lineWith: 'titel: Config',
      },
      {
        path: 'domains[2].capabilities[0].title',
        message: 'required string is missing',
        lineWith: '- id: ops-config',
      },
    ],
  },
  {
    name: 'duplicate check id across domains',
    from: '          - id: cd-weekly\n',
    to: '          - id: sre-pager\n',
    expect: [
      {
        path: 'domains[1].capabilities[0].checks[0].id',
        message:
          "duplicate check id 'sre-pager' (first defined at domains[0].capabilities[0].checks[0])",
        lineWith: '- id: sre-pager',
        last: true,
      },
    ],
  },
  {
    name: 'level outside 1..5',
    from: '            title: DR\n            level: 2\n',
    to: '            title: DR\n            level: 7\n',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[1].level',
        message: 'level must be from 1 to 5',
        lineWith: 'level: 7',
      },
    ],
  },
  {
    name: 'unknown operator',
    from: '                  operator: exists\n',
    to: '                  operator: exist\n',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[0].rule.all[0].operator',
        message: "unknown operator 'exist' (did you mean 'exists'?)",
        lineWith: 'operator: exist',
      },
    ],
  },
  {
    name: 'unknown fact source',
    from: '              fact: techInsights.doraFactRetriever.deploymentsPerWeek\n',
    to: '              fact: dora.deploymentsPerWeek\n',
    expect: [
      {
        path: 'domains[1].capabilities[0].checks[0].rule.fact',
        message: "unknown fact source 'dora'",
        lineWith: 'fact: dora.deploymentsPerWeek',
      },
    ],
  },
  {
    name: 'value of the wrong type for the operator',
    from: '              operator: gte\n              value: 1\n',
    to: '              operator: gte\n              value: weekly\n',
    expect: [
      {
        path: 'domains[1].capabilities[0].checks[0].rule.value',
        message: 'expected number, got string',
        lineWith: 'value: weekly',
      },
    ],
  },
  {
    name: 'invalid regular expression',
    from: "              value: '^url:'\n",
    to: "              value: '^url:(['\n",
    expect: [
      {
        path: 'domains[1].capabilities[0].checks[1].rule.value',
        message: 'invalid regular expression',
        lineWith: "value: '^url:(['",
      },
    ],
  },
  {
    name: 'domain dependency cycle',
    from: '                - fact: techInsights.sloFactRetriever.alertDetectionRate\n                  operator: gte\n                  value: 90\n',
    to: '                - fact: maturity.cd.level\n                  operator: gte\n                  value: 1\n',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[0].rule.all[1].fact',
        message: 'domain dependency cycle: sre → cd → sre',
        lineWith: 'fact: maturity.cd.level',
      },
    ],
  },
  {
    name: 'rule and attestation together',
    from: '            title: DR\n',
    to: '            title: DR\n            rule: { fact: entity.kind, operator: equals, value: component }\n',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[1]',
        message: "either 'rule' or 'attestation', not both",
        lineWith: '- id: sre-dr',
      },
    ],
  },
  {
    name: 'unparseable appliesTo predicate',
    from: 'appliesTo: { kind: component, spec.type: service }',
    to: 'appliesTo: { kind: component, tags: service, $one: [] }',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[0].appliesTo.tags',
        message: "unknown entity path root 'tags'",
        lineWith: 'tags: service',
      },
      {
        path: 'domains[0].capabilities[0].checks[0].appliesTo.$one',
        message: "unknown predicate operator '$one'",
        lineWith: 'tags: service',
      },
    ],
  },
  {
    name: 'attestation fact naming a rule check',
    from: '              fact: relations.ownedBy.group\n',
    to: '              fact: attestation.ops-owner\n',
    expect: [
      {
        path: 'domains[2].capabilities[0].checks[0].rule.fact',
        message: "check 'ops-owner' is not an attestation check",
        lineWith: 'fact: attestation.ops-owner',
      },
    ],
  },
  {
    name: 'levels out of order',
    from: '  - { level: 3, title: Comprehensive }\n',
    to: '  - { level: 4, title: Comprehensive }\n',
    expect: [
      {
        path: 'levels[2].level',
        message: 'levels must be listed in order 1 to 5; expected 3, got 4',
        lineWith: 'title: Comprehensive',
      },
    ],
  },
  {
    name: 'missing remediation',
    from: '            remediation:\n              markdown: Drill.\n',
    to: '',
    expect: [
      {
        path: 'domains[0].capabilities[0].checks[1].remediation',
        message: 'required object is missing',
        lineWith: '- id: sre-dr',
      },
    ],
  },
  {
    name: 'operator not allowed for the fact source',
    from: '              fact: maturity.sre.level\n              operator: gte\n',
    to: '              fact: maturity.sre.level\n              operator: trend\n',
    expect: [
      {
        path: 'domains[1].capabilities[0].checks[2].rule.operator',
        message: "operator 'trend' cannot be used with maturity facts",
        lineWith: 'operator: trend',
      },
    ],
  },
  {
    name: 'empty domain',
    from: '              markdown: Own it.\n',
    to: '              markdown: Own it.\n  - id: empty\n    title: Empty\n    capabilities: []\n',
    expect: [
      {
        path: 'domains[3].capabilities',
        message: 'a domain needs at least one capability',
        lineWith: 'capabilities: []',
      },
    ],
  },
];

function apply(text: string, mistakes: Mistake[]): string {
  return mistakes.reduce((out, mistake) => {
    expect(out).toContain(mistake.from);
    return out.replace(mistake.from, mistake.to);
  }, text);
}

function lineOf(text: string, snippet: string, last = false): number {
  const lines = text.split('\n');
  const index = last
    ? lines.map(line => line.includes(snippet)).lastIndexOf(true)
    : lines.findIndex(line => line.includes(snippet));
  if (index < 0) throw new Error(`no line with ${snippet}`);
  return index + 1;
}

function expectProblems(
  text: string,
  problems: ModelProblem[],
  mistakes: Mistake[],
) {
  const expected = mistakes.flatMap(m => m.expect);
  for (const e of expected) {
    const found = problems.find(
      p => p.path === e.path && p.message.includes(e.message),
    );
    expect({ expected: e, found: !!found, problems }).toMatchObject({
      found: true,
    });
    expect(found!.line).toBe(lineOf(text, e.lineWith, e.last));
    if (e.column !== undefined) expect(found!.column).toBe(e.column);
  }
  expect(problems).toHaveLength(expected.length);
}

describe('parseModelYaml', () => {
  it('accepts a valid model', () => {
    const result = parseModelYaml(VALID);
    expect(result.problems).toEqual([]);
    expect(result.model?.domains.map(d => d.id)).toEqual(['sre', 'cd', 'ops']);
    expect(
      result.model?.domains[0].capabilities[0].checks[0].appliesTo,
    ).toEqual({
      kind: 'component',
      'spec.type': 'service',
    });
  });

  it('accepts attestation scope entity or team, and names anything else', () => {
    const team = parseModelYaml(
      VALID.replace(
        'validForDays: 365',
        'validForDays: 365\n              scope: team',
      ),
    );
    expect(team.problems).toEqual([]);
    expect(
      team.model?.domains[0].capabilities[0].checks[1].attestation?.scope,
    ).toBe('team');
    const bad = parseModelYaml(
      VALID.replace(
        'validForDays: 365',
        'validForDays: 365\n              scope: org',
      ),
    );
    expect(bad.model).toBeUndefined();
    expect(bad.problems).toEqual([
      expect.objectContaining({
        path: 'domains[0].capabilities[0].checks[1].attestation.scope',
        message: expect.stringContaining("expected 'entity' or 'team'"),
      }),
    ]);
  });

  it.each(MISTAKES.map(m => [m.name, m] as const))(
    'reports %s with path and line',
    (_, mistake) => {
      const text = apply(VALID, [mistake]);
      const result = parseModelYaml(text, { source: 'models/test.yaml' });
      expect(result.model).toBeUndefined();
      expectProblems(text, result.problems, [mistake]);
      expect(result.problems.every(p => p.source === 'models/test.yaml')).toBe(
        true,
      );
    },
  );

  it(`reports all ${MISTAKES.length} mistakes of one file at once, in one message`, () => {
    const text = apply(VALID, MISTAKES);
    const result = parseModelYaml(text, { source: 'broken.yaml' });
    expectProblems(text, result.problems, MISTAKES);
    // sorted by position in the file
    const lines = result.problems.map(p => p.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));

    const message = formatModelProblems(result.problems);
    expect(message.split('\n')[0]).toBe(
      `${result.problems.length} problems in maturity model:`,
    );
    for (const problem of result.problems) {
      expect(message).toContain(
        `broken.yaml:${problem.line}:${problem.column} ${problem.path}: ${problem.message}`,
      );
    }
    expect(() => loadModelOrThrow(text, { source: 'broken.yaml' })).toThrow(
      message,
    );
  });

  describe('trend baseline', () => {
    const withBaseline = (baseline: string) => ({
      name: `baseline ${baseline}`,
      from: '              operator: gte\n              value: 1\n',
      to: `              operator: trend\n              value:\n                days: 180\n                direction: decrease\n                minChangePercent: 40\n                baseline: ${baseline}\n`,
    });

    it.each(['2026-01-01', 'configured', "'2024-02-29'"])(
      'accepts %s',
      baseline => {
        const result = parseModelYaml(
          apply(VALID, [{ ...withBaseline(baseline), expect: [] }]),
        );
        expect(result.problems).toEqual([]);
        expect(
          result.model?.domains[1].capabilities[0].checks[0].rule,
        ).toMatchObject({
          operator: 'trend',
          value: { baseline: baseline.replace(/'/g, '') },
        });
      },
    );

    it.each([
      ['2026/01/01', "'2026/01/01' is not a baseline"],
      ['2026-13-01', "'2026-13-01' is not a baseline"],
      ['2025-02-29', "'2025-02-29' is not a baseline"],
      ['yesterday', "'yesterday' is not a baseline"],
      ['20260101', 'expected string, got number'],
    ])('reports %s with path and line', (baseline, message) => {
      const mistake: Mistake = {
        ...withBaseline(baseline),
        expect: [
          {
            path: 'domains[1].capabilities[0].checks[0].rule.value.baseline',
            message,
            lineWith: `baseline: ${baseline}`,
          },
        ],
      };
      const text = apply(VALID, [mistake]);
      const result = parseModelYaml(text, { source: 'models/test.yaml' });
      expect(result.model).toBeUndefined();
      expectProblems(text, result.problems, [mistake]);
    });
  });

  it('reports YAML syntax errors with line and column', () => {
    const result = parseModelYaml('id: x\ntitle: [unclosed\nversion: 1\n');
    expect(result.model).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      path: '(yaml)',
      line: expect.any(Number),
    });
    expect(result.problems[0].message).toMatch(/^invalid YAML/);
  });

  it('reports duplicate YAML keys and keeps validating', () => {
    const text = VALID.replace(
      '            title: Source\n',
      '            title: Source\n            title: Again\n',
    ).replace('            level: 7', '');
    const result = parseModelYaml(text);
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: '(yaml)',
        message: 'duplicate key in a mapping',
        line: lineOf(text, 'title: Again'),
      }),
    ]);
  });

  it('rejects an empty document and non-objects', () => {
    expect(parseModelYaml('').problems[0]).toMatchObject({ path: '(root)' });
    expect(parseModelYaml('- 1\n- 2\n').problems[0].message).toMatch(
      /expected object/,
    );
  });
});

describe('parseModelObject', () => {
  const base = () => parseModelYaml(VALID).model!;

  it('accepts a plain object and returns it', () => {
    const model = base();
    expect(parseModelObject(model)).toMatchObject({
      model,
      problems: [],
      warnings: [],
    });
  });

  it('reports every problem with its path and the source, without line numbers', () => {
    const model = base() as any;
    model.domains[0].capabilities[0].checks[0].rule.all[1].operator = 'gtee';
    model.domains[1].capabilities[0].checks[0].level = 0;
    model.domains[2].id = 'Ops Domain';
    model.domains.push({ id: 'sre', title: 'again', capabilities: [] });
    const result = parseModelObject(model, {
      source: 'app-config maturity.models[0]',
    });
    expect(result.problems).toEqual([
      {
        path: 'domains[0].capabilities[0].checks[0].rule.all[1].operator',
        message: expect.stringContaining(
          "unknown operator 'gtee' (did you mean 'gte'?)",
        ),
        source: 'app-config maturity.models[0]',
      },
      {
        path: 'domains[1].capabilities[0].checks[0].level',
        message: 'level must be from 1 to 5',
        source: 'app-config maturity.models[0]',
      },
      {
        path: 'domains[2].id',
        message: expect.stringContaining('ids are lowercase'),
        source: 'app-config maturity.models[0]',
      },
      {
        path: 'domains[3].capabilities',
        message: 'a domain needs at least one capability',
        source: 'app-config maturity.models[0]',
      },
      {
        path: 'domains[3].id',
        message: "duplicate domain id 'sre' (first defined at domains[0])",
        source: 'app-config maturity.models[0]',
      },
    ]);
  });

  it('validates the operand of every operator', () => {
    const cases: Array<[string, unknown, string]> = [
      ['exists', 'yes', 'expected boolean, got string'],
      ['equals', [1], 'expected a string, number, boolean or null'],
      ['equals', undefined, "operator 'equals' requires a value"],
      ['in', [], 'expected at least one value'],
      ['in', 'a', 'expected array, got string'],
      [
        'matches',
        42,
        'expected a regular expression string or { pattern, flags }',
      ],
      [
        'matches',
        { pattern: 'a', flags: 'g' },
        'flags may only contain i, m, s and u',
      ],
      ['contains', { a: 1 }, 'expected a string, number or boolean'],
      ['lt', '3', 'expected number, got string'],
      ['withinDays', -1, 'expected a positive number of days'],
      [
        'trend',
        { days: 180, direction: 'down', minChangePercent: 40 },
        "expected 'increase' or 'decrease'",
      ],
      [
        'trend',
        { days: 180, direction: 'decrease' },
        'required number is missing',
      ],
      [
        'trend',
        { days: 180, direction: 'decrease', minChangePercent: 40, extra: 1 },
        "unknown key 'extra'",
      ],
    ];
    for (const [operator, value, message] of cases) {
      const model = base() as any;
      model.domains[1].capabilities[0].checks[0].rule = {
        fact: 'techInsights.doraFactRetriever.deploymentsPerWeek',
        operator,
        value,
      };
      const result = parseModelObject(model);
      expect({
        operator,
        problems: result.problems.map(p => p.message),
      }).toEqual({
        operator,
        problems: [expect.stringContaining(message)],
      });
    }
  });

  it('reports malformed fact addresses', () => {
    const cases: Array<[string, string]> = [
      ['entity.metadata.annotations[pagerduty.com]', 'expected a quoted key'],
      ['entity.tags', "did you mean 'metadata.tags'?"],
      ['relations', 'expected relations.<type>'],
      [
        'techInsights.onlyRetriever',
        'expected techInsights.<retrieverId>.<factName>',
      ],
      ['attestation.sre-dr.when', 'expected attestation.<checkId>'],
      ['maturity.sre', 'expected maturity.<domainId>.level'],
      ['maturity.nope.level', "no domain 'nope' in this model"],
      ['attestation.nope', "no check 'nope' in this model"],
    ];
    for (const [fact, message] of cases) {
      const model = base() as any;
      model.domains[2].capabilities[0].checks[0].rule = {
        fact,
        operator: 'exists',
      };
      const result = parseModelObject(model);
      expect({ fact, problems: result.problems.map(p => p.message) }).toEqual({
        fact,
        problems: [expect.stringContaining(message)],
      });
    }
  });

  it('reports a check with neither rule nor attestation, and rule nodes mixing operators', () => {
    const model = base() as any;
    delete model.domains[2].capabilities[0].checks[0].rule;
    model.domains[1].capabilities[0].checks[0].rule = { all: [], any: [] };
    model.domains[1].capabilities[0].checks[1].rule = { al: [] };
    const result = parseModelObject(model);
    expect(result.problems.map(p => `${p.path}: ${p.message}`)).toEqual([
      'domains[1].capabilities[0].checks[0].rule: use only one of all, any per rule node',
      "domains[1].capabilities[0].checks[1].rule: expected all, any, first, not or a condition { fact, operator, value }; got keys 'al' (did you mean 'all'?)",
      "domains[2].capabilities[0].checks[0]: a check needs a 'rule' or an 'attestation'",
    ]);
  });

  it('accepts first: [...] and walks its conditions', () => {
    const model = base() as any;
    const rule: RuleNode = {
      first: [
        { fact: 'pushed.ci.testCoverage', operator: 'gte', value: 40 },
        {
          fact: 'techInsights.codeQualityFactRetriever.testCoverage',
          operator: 'gte',
          value: 40,
        },
      ],
    };
    model.domains[1].capabilities[0].checks[0].rule = rule;
    const result = parseModelObject(model);
    expect(result.problems).toEqual([]);
    expect(result.model!.domains[1].capabilities[0].checks[0].rule).toEqual(
      rule,
    );
    const facts: string[] = [];
    forEachCondition(rule, c => facts.push(c.fact));
    expect(facts).toEqual([
      'pushed.ci.testCoverage',
      'techInsights.codeQualityFactRetriever.testCoverage',
    ]);
  });

  it('reports malformed first nodes with their paths', () => {
    const model = base() as any;
    const checks = model.domains[1].capabilities[0].checks;
    const cond = { fact: 'pushed.ci.testCoverage', operator: 'gte', value: 4 };
    checks[0].rule = { first: [] };
    checks[1].rule = { first: [cond], any: [cond] };
    model.domains[0].capabilities[0].checks[0].rule = {
      first: [{ ...cond, operator: 'gtee' }, { frist: [cond] }],
    };
    const result = parseModelObject(model);
    expect(result.problems.map(p => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^domains\[0\]\.capabilities\[0\]\.checks\[0\]\.rule\.first\[0\]\.operator: unknown operator 'gtee' \(did you mean 'gte'\?\)/,
      ),
      "domains[0].capabilities[0].checks[0].rule.first[1]: expected all, any, first, not or a condition { fact, operator, value }; got keys 'frist' (did you mean 'first'?)",
      "domains[1].capabilities[0].checks[0].rule.first: 'first' needs at least one rule",
      'domains[1].capabilities[0].checks[1].rule: use only one of first, any per rule node',
    ]);
  });

  it('requires exactly five levels', () => {
    const model = base() as any;
    model.levels.pop();
    expect(parseModelObject(model).problems).toEqual([
      {
        path: 'levels',
        message: 'a model defines exactly five levels (1 to 5)',
      },
    ]);
  });
});

describe('loadModelOrThrow', () => {
  it('returns the model from YAML text or an object', () => {
    const model = loadModelOrThrow(VALID);
    expect(model.id).toBe('test-model');
    expect(loadModelOrThrow(model)).toEqual(model);
  });

  it('throws a ModelValidationError carrying the problems', () => {
    let error: unknown;
    try {
      loadModelOrThrow({ id: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelValidationError);
    expect((error as ModelValidationError).problems.map(p => p.path)).toEqual([
      'title',
      'version',
      'levels',
      'domains',
    ]);
  });
});

describe('a model file with several YAML documents', () => {
  it('tells the author to put each model in a file of its own', () => {
    const { problems } = parseModelYaml(`${VALID}---\n${VALID}`, {
      source: 'models.yaml',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: '(yaml)',
      message:
        "a model file holds one model, but a second YAML document ('---') starts here: put each model in a file of its own",
    });
    expect(problems[0].message).not.toMatch(/parseAllDocuments/);
  });
});
