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
