import type { RuleNode } from '../model/types';
import { evaluateRule } from '../__testUtils__/fixtures';

const facts = { techInsights: { r: { facts: { a: 1, b: 'x' } } } };
const passed: RuleNode = {
  fact: 'techInsights.r.a',
  operator: 'equals',
  value: 1,
};
const failed: RuleNode = { fact: 'techInsights.r.a', operator: 'gt', value: 5 };
const unknown: RuleNode = {
  fact: 'techInsights.r.missing',
  operator: 'exists',
};
const error: RuleNode = { fact: 'techInsights.r.b', operator: 'gte', value: 1 };

const status = (rule: RuleNode) => evaluateRule(rule, facts).status;

describe('rule combinations', () => {
  it('all: failed beats error beats unknown beats passed', () => {
    expect(status({ all: [passed, passed] })).toBe('passed');
    expect(status({ all: [passed, unknown] })).toBe('unknown');
    expect(status({ all: [unknown, error] })).toBe('error');
    expect(status({ all: [unknown, error, failed] })).toBe('failed');
  });

  it('any: passed beats error beats unknown beats failed', () => {
    expect(status({ any: [failed, failed] })).toBe('failed');
    expect(status({ any: [failed, unknown] })).toBe('unknown');
    expect(status({ any: [unknown, error] })).toBe('error');
    expect(status({ any: [unknown, error, passed] })).toBe('passed');
  });

  it('first: the first outcome that is not unknown, else the last one', () => {
    expect(status({ first: [unknown, passed] })).toBe('passed');
    expect(status({ first: [unknown, failed, passed] })).toBe('failed');
    expect(status({ first: [passed, failed] })).toBe('passed');
    expect(status({ first: [unknown, unknown] })).toBe('unknown');
    expect(status({ first: [unknown, unknown, failed] })).toBe('failed');
    expect(status({ first: [unknown] })).toBe('unknown');
  });

  it('first: an error stops the chain instead of falling back', () => {
    expect(status({ first: [error, passed] })).toBe('error');
    expect(status({ first: [unknown, error, passed] })).toBe('error');
  });

  it('first: when every child is unknown, is the last one as it is, with its source', () => {
    const rule: RuleNode = {
      first: [
        { fact: 'pushed.ci.testCoverage', operator: 'gte', value: 40 },
        { fact: 'techInsights.r.testCoverage', operator: 'gte', value: 40 },
      ],
    };
    expect(
      evaluateRule(rule, {
        unavailableSources: [{ source: 'techInsights', message: 'timeout' }],
      }),
    ).toEqual(
      expect.objectContaining({
        status: 'unknown',
        message: 'TechInsights unavailable: timeout',
        source: 'techInsights',
      }),
    );
  });

  it('not: swaps passed and failed, keeps unknown and error', () => {
    expect(status({ not: passed })).toBe('failed');
    expect(status({ not: failed })).toBe('passed');
    expect(status({ not: unknown })).toBe('unknown');
    expect(status({ not: error })).toBe('error');
  });

  it('nests', () => {
    expect(status({ all: [passed, { any: [failed, { not: failed }] }] })).toBe(
      'passed',
    );
    expect(status({ not: { all: [passed, { any: [failed, unknown] }] } })).toBe(
      'unknown',
    );
    expect(
      status({ any: [{ all: [passed, failed] }, { not: { not: passed } }] }),
    ).toBe('passed');
    expect(
      status({ first: [{ all: [passed, unknown] }, { not: passed }] }),
    ).toBe('failed');
    expect(status({ all: [passed, { first: [unknown, passed] }] })).toBe(
      'passed',
    );
  });

  it('first: keeps the chosen outcome as it is, message and observed value', () => {
    const preferred: RuleNode = {
      fact: 'pushed.ci.coverage',
      operator: 'gte',
      value: 80,
      label: 'coverage pushed from CI',
    };
    const fallback: RuleNode = {
      fact: 'techInsights.r.a',
      operator: 'gte',
      value: 3,
      label: 'coverage',
    };
    const rule: RuleNode = { first: [preferred, fallback] };
    expect(evaluateRule(rule, facts)).toMatchObject({
      status: 'failed',
      message: 'coverage is 1, required ≥ 3',
      value: 1,
      source: 'techInsights',
    });
    expect(evaluateRule(rule, facts)).toEqual(evaluateRule(fallback, facts));
    const pushed = { ...facts, pushed: { ci: { facts: { coverage: 90 } } } };
    expect(evaluateRule(rule, pushed)).toMatchObject({
      status: 'passed',
      message: 'coverage pushed from CI is 90 (≥ 80)',
      value: 90,
      source: 'pushed',
    });
    expect(evaluateRule({ first: [unknown, preferred] }, facts)).toMatchObject({
      status: 'unknown',
      message: 'no facts from pushed.ci',
      source: 'pushed',
    });
  });

  it('explains what failed and reports observed values by fact', () => {
    const result = evaluateRule(
      {
        all: [
          {
            fact: 'techInsights.r.a',
            operator: 'gte',
            value: 3,
            label: 'coverage',
          },
          { fact: 'techInsights.r.b', operator: 'equals', value: 'x' },
          { fact: 'techInsights.r.a', operator: 'lt', value: 0 },
        ],
      },
      facts,
    );
    expect(result).toMatchObject({
      status: 'failed',
      message: 'coverage is 1, required ≥ 3; a is 1, required < 0',
      value: { 'techInsights.r.a': 1, 'techInsights.r.b': 'x' },
    });
    expect(
      evaluateRule(
        {
          any: [failed, { fact: 'techInsights.r.a', operator: 'lt', value: 0 }],
        },
        facts,
      ).message,
    ).toBe('none met: a is 1, required > 5; a is 1, required < 0');
    expect(evaluateRule({ not: passed }, facts).message).toBe(
      'a is 1; required not to hold',
    );
    expect(evaluateRule({ all: [passed, unknown] }, facts).message).toBe(
      'r has not reported missing',
    );
  });
});

describe('rule messages', () => {
  const lifecycle = (value: string) => ({
    techInsights: { r: { facts: { lifecycle: value } } },
  });
  const deprecated: RuleNode = {
    fact: 'techInsights.r.lifecycle',
    operator: 'equals',
    value: 'deprecated',
  };

  it('a passed not says what held, without the requirement it negates', () => {
    expect(
      evaluateRule({ not: deprecated }, lifecycle('production')),
    ).toMatchObject({
      status: 'passed',
      message: "lifecycle is 'production', not 'deprecated'",
    });
    expect(
      evaluateRule(
        { not: { any: [deprecated, { ...deprecated, value: 'retired' }] } },
        lifecycle('production'),
      ).message,
    ).toBe(
      "lifecycle is 'production', not 'deprecated'; lifecycle is 'production', not 'retired'",
    );
    expect(
      evaluateRule(
        { not: { fact: 'techInsights.r.a', operator: 'gte', value: 5 } },
        facts,
      ).message,
    ).toBe('a is 1, not ≥ 5');
  });

  it('a failed not names the requirement it broke', () => {
    expect(
      evaluateRule({ not: deprecated }, lifecycle('deprecated')),
    ).toMatchObject({
      status: 'failed',
      message: "lifecycle is 'deprecated'; required not to hold",
    });
  });

  it('says the same reason once', () => {
    const result = evaluateRule(
      {
        all: [
          { fact: 'techInsights.dora.a', operator: 'exists' },
          { fact: 'techInsights.dora.b', operator: 'exists' },
          { fact: 'techInsights.slo.c', operator: 'exists' },
        ],
      },
      {},
    );
    expect(result).toMatchObject({
      status: 'unknown',
      message: 'no facts from dora; no facts from slo',
    });
  });
});
