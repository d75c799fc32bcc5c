import fc from 'fast-check';
import { compileModel } from '../engine/compileModel';
import type { MaturityModel } from '../model/types';
import type { CheckResult, CheckStatus } from '../results/types';
import { LEVELS } from '../__testUtils__/fixtures';
import { scoreResults } from './scoreResults';

type Spec = Record<string, Record<string, Array<[string, number]>>>;

function modelFrom(spec: Spec): MaturityModel {
  return {
    id: 'm',
    title: 'm',
    version: '1',
    levels: LEVELS,
    domains: Object.entries(spec).map(([domainId, capabilities]) => ({
      id: domainId,
      title: domainId,
      capabilities: Object.entries(capabilities).map(
        ([capabilityId, checks]) => ({
          id: capabilityId,
          title: capabilityId,
          checks: checks.map(([id, level]) => ({
            id,
            title: id,
            level,
            rule: { fact: 'entity.kind', operator: 'exists' as const },
            remediation: { markdown: 'x' },
          })),
        }),
      ),
    })),
  };
}

function results(
  model: MaturityModel,
  statuses: Record<string, CheckStatus>,
): CheckResult[] {
  return model.domains.flatMap(d =>
    d.capabilities.flatMap(c =>
      c.checks.map(check => ({
        checkId: check.id,
        domainId: d.id,
        capabilityId: c.id,
        level: check.level,
        status: statuses[check.id] ?? 'passed',
        message: '',
        source: 'catalog' as const,
      })),
    ),
  );
}

// The worked example of the README.
const example = modelFrom({
  sre: {
    'sre-oncall': [
      ['on-call', 1],
      ['runbook', 2],
      ['mttr-hour', 3],
    ],
    'sre-slos': [
      ['slo-defined', 2],
      ['slo-met', 3],
      ['error-budget', 4],
    ],
  },
  cd: {
    'cd-deploy': [
      ['deploys-weekly', 2],
      ['deploys-daily', 3],
    ],
  },
  agile: { 'agile-all': [['backlog', 1]] },
});
const compiledExample = compileModel(example);

describe('scoreResults', () => {
  it('computes the README example', () => {
    const score = scoreResults(
      compiledExample,
      results(example, {
        'mttr-hour': 'failed',
        'slo-met': 'unknown',
        'slo-defined': 'waived',
        'deploys-daily': 'failed',
        backlog: 'not-applicable',
      }),
    );
    expect(score.domains).toEqual([
      {
        domainId: 'sre',
        applicable: true,
        level: 2,
        score: 4 / 6,
        checks: {
          passed: 3,
          failed: 1,
          unknown: 1,
          waived: 1,
          error: 0,
          notApplicable: 0,
        },
        nextLevel: { level: 3, checkIds: ['mttr-hour', 'slo-met'] },
        capabilities: [
          {
            capabilityId: 'sre-oncall',
            applicable: true,
            level: 2,
            score: 2 / 3,
            checks: {
              passed: 2,
              failed: 1,
              unknown: 0,
              waived: 0,
              error: 0,
              notApplicable: 0,
            },
            nextLevel: { level: 3, checkIds: ['mttr-hour'] },
          },
          {
            capabilityId: 'sre-slos',
            applicable: true,
            level: 2,
            score: 2 / 3,
            checks: {
              passed: 1,
              failed: 0,
              unknown: 1,
              waived: 1,
              error: 0,
              notApplicable: 0,
            },
            nextLevel: { level: 3, checkIds: ['slo-met'] },
          },
        ],
      },
      expect.objectContaining({
        domainId: 'cd',
        level: 2,
        score: 0.5,
        nextLevel: { level: 3, checkIds: ['deploys-daily'] },
      }),
      expect.objectContaining({
        domainId: 'agile',
        applicable: false,
        level: null,
        score: 0,
      }),
    ]);
    expect(score.level).toBe(2);
    expect(score.score).toBe(5 / 8);
    expect(score.checks).toEqual({
      passed: 4,
      failed: 2,
      unknown: 1,
      waived: 1,
      error: 0,
      notApplicable: 1,
    });
  });

  it('is 0 when a level-1 check does not pass, and unknown and error do not pass', () => {
    for (const status of ['failed', 'unknown', 'error'] as const) {
      const score = scoreResults(
        compiledExample,
        results(example, { 'on-call': status }),
      );
      expect(score.domains[0]).toMatchObject({
        level: 0,
        nextLevel: { level: 1, checkIds: ['on-call'] },
      });
      expect(score.level).toBe(0);
    }
  });

  it('caps the level at the highest level with an applicable check', () => {
    const score = scoreResults(compiledExample, results(example, {}));
    expect(score.domains.map(d => d.level)).toEqual([4, 3, 1]);
    expect(score.domains[0].nextLevel).toBeUndefined();
    expect(score.level).toBe(1);
    expect(score.score).toBe(1);
  });

  it('takes the weakest applicable domain as the overall level', () => {
    const score = scoreResults(
      compiledExample,
      results(example, {
        backlog: 'not-applicable',
        'deploys-weekly': 'failed',
      }),
    );
    expect(score.domains.map(d => d.level)).toEqual([4, 1, null]);
    expect(score.level).toBe(1);
  });

  it('is not applicable when no check applies', () => {
    const all = Object.fromEntries(
      results(example, {}).map(r => [r.checkId, 'not-applicable' as const]),
    );
    const score = scoreResults(compiledExample, results(example, all));
    expect(score).toMatchObject({ level: null, score: 0 });
    expect(score.domains.every(d => !d.applicable && d.level === null)).toBe(
      true,
    );
  });

  it('counts checks missing from the results as unknown', () => {
    const partial = results(example, {}).filter(r => r.checkId !== 'runbook');
    const score = scoreResults(compiledExample, partial);
    expect(score.domains[0]).toMatchObject({
      level: 1,
      checks: expect.objectContaining({ unknown: 1 }),
    });
  });
});

describe('scoring properties', () => {
  const STATUSES: CheckStatus[] = [
    'passed',
    'failed',
    'unknown',
    'waived',
    'not-applicable',
    'error',
  ];
  const checkArb = fc.record({
    level: fc.integer({ min: 1, max: 5 }),
    status: fc.constantFrom(...STATUSES),
  });
  // domains → capabilities → checks
  const shapeArb = fc.array(
    fc.array(fc.array(checkArb, { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 3,
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  );
  type Shape = Array<Array<Array<{ level: number; status: CheckStatus }>>>;

  function build(shape: Shape) {
    const spec: Spec = {};
    const statuses: Record<string, CheckStatus> = {};
    shape.forEach((capabilities, d) => {
      spec[`d${d}`] = {};
      capabilities.forEach((checks, c) => {
        spec[`d${d}`][`d${d}-c${c}`] = checks.map((check, k) => {
          const id = `d${d}-c${c}-k${k}`;
          statuses[id] = check.status;
          return [id, check.level];
        });
      });
    });
    const model = modelFrom(spec);
    return {
      model,
      score: scoreResults(compileModel(model), results(model, statuses)),
      statuses,
    };
  }

  const passing = (s: CheckStatus) => s === 'passed' || s === 'waived';

  it('adding a passing check never lowers a capability or domain level (nor the overall level of an applicable domain)', () => {
    fc.assert(
      fc.property(
        shapeArb,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<CheckStatus>('passed', 'waived'),
        (shape, d, c, level, status) => {
          const before = build(shape);
          const domain = d % shape.length;
          const capability = c % shape[domain].length;
          const grown = shape.map((caps, i) =>
            caps.map((checks, j) =>
              i === domain && j === capability
                ? [...checks, { level, status }]
                : checks,
            ),
          );
          const after = build(grown);
          const atLeast = (a: number | null, b: number | null) =>
            b === null || (a !== null && a >= b);
          after.score.domains.forEach((result, i) => {
            expect(atLeast(result.level, before.score.domains[i].level)).toBe(
              true,
            );
            result.capabilities.forEach((cap, j) => {
              expect(
                atLeast(
                  cap.level,
                  before.score.domains[i].capabilities[j].level,
                ),
              ).toBe(true);
            });
          });
          const wasApplicable = before.score.domains[domain].applicable;
          expect(
            !wasApplicable || atLeast(after.score.level, before.score.level),
          ).toBe(true);
        },
      ),
    );
  });

  it("a level never exceeds the lowest non-passing check's level minus one", () => {
    fc.assert(
      fc.property(shapeArb, shape => {
        const { score } = build(shape);
        score.domains.forEach((domain, d) => {
          const blocking = shape[d]
            .flat()
            .filter(k => k.status !== 'not-applicable' && !passing(k.status));
          const lowest = Math.min(...blocking.map(k => k.level));
          expect(domain.level ?? 0).toBeLessThanOrEqual(lowest - 1);
          domain.capabilities.forEach((cap, c) => {
            const capBlocking = shape[d][c].filter(
              k => k.status !== 'not-applicable' && !passing(k.status),
            );
            expect(cap.level ?? 0).toBeLessThanOrEqual(
              Math.min(...capBlocking.map(k => k.level)) - 1,
            );
          });
        });
      }),
    );
  });

  it('keeps scores in [0, 1], levels in 0..5, the overall level at the weakest domain', () => {
    fc.assert(
      fc.property(shapeArb, shape => {
        const { score } = build(shape);
        const all = [
          score,
          ...score.domains,
          ...score.domains.flatMap(d => d.capabilities),
        ];
        for (const item of all) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(1);
          expect([null, 0, 1, 2, 3, 4, 5]).toContain(item.level);
        }
        const levels = score.domains
          .filter(d => d.applicable)
          .map(d => d.level as number);
        expect(score.level).toBe(levels.length ? Math.min(...levels) : null);
        for (const domain of score.domains) {
          expect(domain.applicable).toBe(domain.level !== null);
          const next = domain.nextLevel ?? {
            level: (domain.level ?? 0) + 1,
            checkIds: ['-'],
          };
          expect(next.level).toBe((domain.level ?? 0) + 1);
          expect(next.checkIds.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
