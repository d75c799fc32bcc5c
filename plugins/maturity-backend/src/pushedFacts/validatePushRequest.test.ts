import { InputError } from '@backstage/errors';
import type { PushedFactSource } from './readPushedFactsConfig';
import { validatePushRequest } from './validatePushRequest';

const NOW = new Date('2026-12-09T12:00:00.000Z');
const SOURCES: Record<string, PushedFactSource> = {
  ci: {
    id: 'ci',
    facts: {
      coverage: { type: 'float' },
      testsPassed: { type: 'boolean' },
      deployments: { type: 'integer' },
      lastDeployAt: { type: 'datetime' },
      scanner: { type: 'string' },
      findings: { type: 'object' },
      tags: { type: 'set' },
    },
  },
};

const validate = (body: unknown) => validatePushRequest(body, SOURCES, NOW);
const problemOf = (body: unknown) => {
  try {
    validate(body);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected a validation error');
};

describe('validatePushRequest', () => {
  it('accepts every type and normalises the ref, timestamp, datetimes and sets', () => {
    expect(
      validate({
        entityRef: 'Component:Default/Payments',
        source: 'ci',
        timestamp: '2026-12-09T14:00:00+02:00',
        facts: {
          coverage: 81,
          testsPassed: true,
          deployments: 3,
          lastDeployAt: '2026-12-08T10:00:00+01:00',
          scanner: 'trivy',
          findings: { critical: 0, high: 2 },
          tags: ['a', 'b', 'a'],
        },
      }),
    ).toEqual({
      entityRef: 'component:default/payments',
      source: 'ci',
      timestamp: '2026-12-09T12:00:00.000Z',
      facts: {
        coverage: 81,
        testsPassed: true,
        deployments: 3,
        lastDeployAt: '2026-12-08T09:00:00.000Z',
        scanner: 'trivy',
        findings: { critical: 0, high: 2 },
        tags: ['a', 'b'],
      },
    });
  });

  it('takes now when no timestamp is given', () => {
    expect(
      validate({
        entityRef: 'component:default/payments',
        source: 'ci',
        facts: { coverage: 1.5 },
      }).timestamp,
    ).toBe(NOW.toISOString());
  });

  it('names the field and what was expected for a wrong type', () => {
    expect(
      problemOf({
        entityRef: 'component:default/a',
        source: 'ci',
        facts: { coverage: 'abc' },
      }),
    ).toBe('facts.coverage: expected float, got string "abc"');
    expect(
      problemOf({
        entityRef: 'component:default/a',
        source: 'ci',
        facts: {
          deployments: 2.5,
          testsPassed: 'yes',
          lastDeployAt: '2026-12-08',
          tags: [{ a: 1 }],
          findings: [],
        },
      }).split('; '),
    ).toEqual([
      'facts.deployments: expected integer, got number 2.5',
      'facts.testsPassed: expected boolean, got string "yes"',
      'facts.lastDeployAt: expected datetime (ISO 8601 with a time zone), got string "2026-12-08"',
      'facts.tags: expected set of strings, numbers or booleans, got an item object',
      'facts.findings: expected object, got array',
    ]);
  });

  it('suggests the declared source or fact for a misspelt one', () => {
    expect(
      problemOf({
        entityRef: 'component:default/a',
        source: 'cii',
        facts: { coverage: 1 },
      }),
    ).toBe("source: unknown source 'cii' (declared: ci) (did you mean 'ci'?)");
    expect(
      problemOf({
        entityRef: 'component:default/a',
        source: 'ci',
        facts: { covrage: 1 },
      }),
    ).toBe(
      "facts.covrage: unknown fact of source 'ci' (did you mean 'coverage'?)",
    );
  });

  it('refuses a malformed ref, a bad or far-future timestamp and empty facts', () => {
    expect(
      problemOf({
        entityRef: 'payments',
        source: 'ci',
        timestamp: '2026-12-10T12:00:01Z',
        facts: {},
      }).split('; '),
    ).toEqual([
      'entityRef: expected kind:namespace/name (e.g. component:default/payments), got string "payments"',
      'timestamp: 2026-12-10T12:00:01Z is more than 24 hours in the future',
      'facts: expected at least one fact',
    ]);
    expect(
      problemOf({
        entityRef: 'component:default/a',
        source: 'ci',
        timestamp: 'yesterday',
        facts: { coverage: 1 },
      }),
    ).toBe(
      'timestamp: expected an ISO 8601 date-time with a time zone, got string "yesterday"',
    );
    // 24 hours ahead is still accepted (runner clocks drift)
    expect(
      validate({
        entityRef: 'component:default/a',
        source: 'ci',
        timestamp: '2026-12-10T12:00:00Z',
        facts: { coverage: 1 },
      }).timestamp,
    ).toBe('2026-12-10T12:00:00.000Z');
  });
});
