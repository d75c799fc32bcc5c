import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { FactEntry, FactsEntityEntry } from './factsFiles';
import { factUsesOf, validateFactsFiles } from './validateFactsFiles';

const check = (id: string, rule: unknown) => ({ id, level: 1, rule });
const MODEL = {
  id: 'm',
  domains: [
    {
      id: 'd',
      capabilities: [
        {
          id: 'c',
          checks: [
            check('deployed', {
              fact: 'techInsights.dora.lastDeploy',
              operator: 'withinDays',
              value: 30,
            }),
            check('tier', {
              any: [
                { fact: 'pushed.ci.gold', operator: 'in', value: [true] },
                {
                  fact: 'techInsights.cost.report.total',
                  operator: 'lte',
                  value: 9,
                },
              ],
            }),
            check('tags', {
              not: {
                fact: 'techInsights.scan.tags',
                operator: 'contains',
                value: 'x',
              },
            }),
          ],
        },
      ],
    },
  ],
  indicators: [
    {
      id: 'coverage',
      aggregation: { type: 'mean', fact: 'pushed.ci.coverage' },
    },
  ],
} as unknown as MaturityModel;

const entry = (
  namespace: string,
  group: string,
  name: string,
  value: unknown,
): FactEntry => ({
  file: 'facts.yaml',
  path: [
    'entities',
    0,
    namespace === 'pushed' ? 'pushed' : 'facts',
    group,
    name,
  ],
  locate: path => ({ line: path.length, column: 1 }),
  namespace,
  group,
  name,
  value: value as any,
  history: false,
});

const validate = (entries: FactEntry[], entities: FactsEntityEntry[] = []) =>
  validateFactsFiles({
    model: MODEL,
    entries,
    entities,
    catalogRefs: new Set(['component:default/a']),
  }).map(p => p.message);

describe('validateFactsFiles', () => {
  it('collects the facts of rules (through any/not) and indicators, by namespace', () => {
    const uses = factUsesOf(MODEL, ['techInsights', 'pushed']);
    expect([...uses.get('techInsights')!.keys()]).toEqual([
      'dora',
      'cost',
      'scan',
    ]);
    expect([...uses.get('pushed')!.get('ci')!.keys()]).toEqual([
      'gold',
      'coverage',
    ]);
  });

  it('accepts values that fit how the model uses them', () => {
    expect(
      validate([
        entry('techInsights', 'dora', 'lastDeploy', '2026-01-01T00:00:00Z'),
        entry('techInsights', 'dora', 'lastDeploy', 1767225600000),
        entry('pushed', 'ci', 'gold', false),
        entry('pushed', 'ci', 'coverage', 81.5),
        entry('techInsights', 'cost', 'report', { total: 3 }),
        entry('techInsights', 'scan', 'tags', ['a']),
      ]),
    ).toEqual([]);
  });

  it('reports values of the wrong type, pushed facts included', () => {
    expect(
      validate([
        entry('techInsights', 'dora', 'lastDeploy', 'last week'),
        entry('pushed', 'ci', 'gold', 'yes'),
        entry('pushed', 'ci', 'coverage', '81'),
        entry('techInsights', 'scan', 'tags', 3),
      ]),
    ).toEqual([
      "techInsights.dora.lastDeploy must be a date (ISO 8601, epoch milliseconds or relative like '-30d') (check deployed compares it with withinDays), got the string 'last week'",
      "pushed.ci.gold must be true or false (check tier compares it with in), got the string 'yes'",
      "pushed.ci.coverage must be a number (indicator coverage takes its mean), got the string '81'",
      'techInsights.scan.tags must be text or a list (check tags compares it with contains), got number 3',
    ]);
  });

  it('reports unknown sources and facts once each, with the nearest known name', () => {
    expect(
      validate([
        entry('pushed', 'cii', 'gold', true),
        entry('pushed', 'cii', 'coverage', 1),
        entry('pushed', 'ci', 'covrage', 1),
      ]),
    ).toEqual([
      "'cii' is not read by model m (did you mean 'ci'?): no check or indicator uses pushed.cii.*",
      "fact 'covrage' of ci is not read by model m (did you mean 'coverage'?)",
    ]);
  });

  it('reports entities that are not in the catalog', () => {
    expect(
      validate(
        [],
        [
          {
            file: 'facts.yaml',
            path: ['entities', 0, 'entity'],
            locate: () => ({ line: 2, column: 13 }),
            entityRef: 'component:default/b',
          },
        ],
      ),
    ).toEqual([
      "component:default/b is not an entity of the catalog files evaluated (did you mean 'component:default/a'?)",
    ]);
  });
});
