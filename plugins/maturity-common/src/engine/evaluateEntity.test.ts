import type { MaturityCheck } from '../model/types';
import { ModelValidationError } from '../model/problems';
import { compileModel } from './compileModel';
import {
  evaluateChecks,
  evaluateEntities,
  evaluateEntity,
} from './evaluateEntity';
import { scoreResults } from '../scoring/scoreResults';
import {
  component,
  daysAgo,
  modelOf,
  NOW,
  ruleCheck,
} from '../__testUtils__/fixtures';

const drCheck: MaturityCheck = {
  id: 'dr-drill',
  title: 'DR drill attested',
  level: 2,
  attestation: { evidence: 'DR drill report', validForDays: 180 },
  remediation: { markdown: 'Run a drill.' },
};

const compiled = compileModel(
  modelOf({
    sre: [
      ruleCheck(
        'oncall',
        1,
        {
          fact: "entity.metadata.annotations['pagerduty.com/service-id']",
          operator: 'exists',
        },
        {
          appliesTo: {
            kind: 'component',
            'spec.type': { $in: ['service', 'website'] },
          },
        },
      ),
      drCheck,
      ruleCheck('coverage', 2, {
        fact: 'techInsights.code.coverage',
        operator: 'gte',
        value: 80,
        label: 'coverage',
      }),
    ],
  }),
);

const service = component('svc', {
  annotations: { 'pagerduty.com/service-id': 'P1' },
});

describe('evaluateEntity', () => {
  it('returns a result per check in model order with domain, capability, level and source', () => {
    const { checks } = evaluateEntity(
      compiled,
      { entity: service },
      { now: NOW },
    );
    expect(
      checks.map(c => [
        c.checkId,
        c.domainId,
        c.capabilityId,
        c.level,
        c.source,
      ]),
    ).toEqual([
      ['oncall', 'sre', 'sre-cap', 1, 'catalog'],
      ['dr-drill', 'sre', 'sre-cap', 2, 'attestation'],
      ['coverage', 'sre', 'sre-cap', 2, 'techInsights'],
    ]);
  });

  it('marks checks whose appliesTo does not match as not applicable', () => {
    const library = component('lib', { spec: { type: 'library' } });
    expect(
      evaluateEntity(compiled, { entity: library }, { now: NOW }).checks[0],
    ).toMatchObject({
      status: 'not-applicable',
      message:
        'applies only to entities with kind = component and spec.type in [service, website]',
    });
  });

  describe('attestation checks', () => {
    const attestation = (attestedDaysAgo: number, expiresInDays: number) => ({
      'dr-drill': {
        attestedAt: daysAgo(attestedDaysAgo),
        expiresAt: daysAgo(-expiresInDays),
        evidenceUrl: 'https://wiki/dr-2026',
        author: 'user:default/jane',
      },
    });

    it('passes with a valid attestation', () => {
      const result = evaluateEntity(
        compiled,
        { entity: service, attestations: attestation(30, 150) },
        { now: NOW },
      ).checks[1];
      expect(result).toMatchObject({
        status: 'passed',
        message:
          'attested by user:default/jane on 2026-05-02 (https://wiki/dr-2026), valid until 2026-10-29',
        value: {
          evidenceUrl: 'https://wiki/dr-2026',
          author: 'user:default/jane',
        },
      });
    });

    it('fails when expired, by expiresAt or by validForDays', () => {
      const byDate = evaluateEntity(
        compiled,
        { entity: service, attestations: attestation(30, -2) },
        { now: NOW },
      ).checks[1];
      expect(byDate).toMatchObject({
        status: 'failed',
        message:
          'attested by user:default/jane on 2026-05-02, expired on 2026-05-30; requires an attestation with evidence: DR drill report (valid 180 days)',
      });
      const byAge = evaluateEntity(
        compiled,
        { entity: service, attestations: attestation(200, 300) },
        { now: NOW },
      ).checks[1];
      expect(byAge.status).toBe('failed');
    });

    it('is unknown when missing, error when its dates are malformed', () => {
      expect(
        evaluateEntity(compiled, { entity: service }, { now: NOW }).checks[1],
      ).toMatchObject({
        status: 'unknown',
        message:
          'not attested yet; requires an attestation with evidence: DR drill report (valid 180 days)',
      });
      const bad = {
        'dr-drill': {
          ...attestation(1, 1)['dr-drill'],
          attestedAt: 'yesterday',
        },
      };
      expect(
        evaluateEntity(
          compiled,
          { entity: service, attestations: bad },
          { now: NOW },
        ).checks[1],
      ).toMatchObject({
        status: 'error',
        message: "attestation attestedAt 'yesterday' is not a date",
      });
    });
  });

  describe('waivers', () => {
    const coverage = { techInsights: { code: { facts: { coverage: 62 } } } };

    it('waives a check that does not pass while the waiver is valid', () => {
      const result = evaluateEntity(
        compiled,
        {
          entity: service,
          ...coverage,
          waivers: {
            coverage: {
              reason: 'legacy code, retiring in Q3',
              author: 'user:default/lead',
              expiresAt: daysAgo(-30),
            },
          },
        },
        { now: NOW },
      ).checks[2];
      expect(result).toMatchObject({
        status: 'waived',
        message:
          'waived by user:default/lead until 2026-07-01: legacy code, retiring in Q3 (coverage is 62, required ≥ 80)',
        value: 62,
      });
    });

    it('waives unknown results and waivers without expiry too', () => {
      const result = evaluateEntity(
        compiled,
        {
          entity: service,
          waivers: { 'dr-drill': { reason: 'no DR site', author: 'u' } },
        },
        { now: NOW },
      ).checks[1];
      expect(result.status).toBe('waived');
      expect(result.message).toMatch(
        /^waived by u: no DR site \(not attested yet/,
      );
    });

    it('ignores expired waivers and says so', () => {
      const result = evaluateEntity(
        compiled,
        {
          entity: service,
          ...coverage,
          waivers: {
            coverage: { reason: 'r', author: 'u', expiresAt: daysAgo(1) },
          },
        },
        { now: NOW },
      ).checks[2];
      expect(result).toMatchObject({
        status: 'failed',
        message: 'coverage is 62, required ≥ 80 (waiver expired on 2026-05-31)',
      });
    });

    it('reports passed rather than waived when the check passes anyway', () => {
      const result = evaluateEntity(
        compiled,
        {
          entity: service,
          techInsights: { code: { facts: { coverage: 90 } } },
          waivers: { coverage: { reason: 'r', author: 'u' } },
        },
        { now: NOW },
      ).checks[2];
      expect(result.status).toBe('passed');
    });

    it('does not waive checks that do not apply', () => {
      const library = component('lib', { spec: { type: 'library' } });
      const result = evaluateEntity(
        compiled,
        { entity: library, waivers: { oncall: { reason: 'r', author: 'u' } } },
        { now: NOW },
      ).checks[0];
      expect(result.status).toBe('not-applicable');
    });
  });

  it('uses the injected now for every date', () => {
    const evidence = {
      entity: service,
      attestations: {
        'dr-drill': {
          attestedAt: '2026-01-01T00:00:00Z',
          expiresAt: '2026-06-30T00:00:00Z',
          evidenceUrl: 'u',
          author: 'a',
        },
      },
    };
    expect(
      evaluateEntity(compiled, evidence, {
        now: new Date('2026-03-01T00:00:00Z'),
      }).checks[1].status,
    ).toBe('passed');
    expect(
      evaluateEntity(compiled, evidence, {
        now: new Date('2026-07-01T00:00:00Z'),
      }).checks[1].status,
    ).toBe('failed');
  });

  it('turns an unexpected failure inside a check into an error result', () => {
    const hostile = { ...service, metadata: { ...service.metadata } } as any;
    Object.defineProperty(hostile.metadata, 'annotations', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(
      evaluateEntity(compiled, { entity: hostile }, { now: NOW }).checks[0],
    ).toMatchObject({
      status: 'error',
      message: 'evaluation failed: boom',
    });
  });

  it('scores the results', () => {
    const { score } = evaluateEntity(
      compiled,
      { entity: service, techInsights: { code: { facts: { coverage: 62 } } } },
      { now: NOW },
    );
    expect(score).toMatchObject({
      level: 1,
      score: 1 / 3,
      domains: [
        {
          domainId: 'sre',
          level: 1,
          nextLevel: { level: 2, checkIds: ['dr-drill', 'coverage'] },
        },
      ],
    });
  });
});

describe('evaluateChecks', () => {
  // `gate` reads the level of `sre`, which is evaluated first.
  const layered = compileModel(
    modelOf({
      gate: [
        ruleCheck('needs-sre-1', 1, {
          fact: 'maturity.sre.level',
          operator: 'gte',
          value: 1,
        }),
      ],
      sre: [
        ruleCheck('coverage', 1, {
          fact: 'techInsights.code.coverage',
          operator: 'gte',
          value: 60,
        }),
      ],
    }),
  );

  it.each([
    ['no facts', {}],
    ['low coverage', { code: { facts: { coverage: 12.345 } } }],
    ['high coverage', { code: { facts: { coverage: 72 } } }],
  ])(
    'gives the checks of evaluateEntity, and scoreResults of them its score (%s)',
    (_, techInsights) => {
      const evidence = { entity: service, techInsights };
      const checks = evaluateChecks(layered, evidence, { now: NOW });
      const evaluation = evaluateEntity(layered, evidence, { now: NOW });
      expect(checks).toEqual(evaluation.checks);
      expect(scoreResults(layered, checks)).toEqual(evaluation.score);
    },
  );

  it('reads levels of the domains evaluated before', () => {
    const evaluate = (coverage: number) =>
      evaluateChecks(
        layered,
        { entity: service, techInsights: { code: { facts: { coverage } } } },
        { now: NOW },
      ).map(c => [c.checkId, c.status]);
    expect(evaluate(72)).toEqual([
      ['needs-sre-1', 'passed'],
      ['coverage', 'passed'],
    ]);
    expect(evaluate(12)).toEqual([
      ['needs-sre-1', 'failed'],
      ['coverage', 'failed'],
    ]);
  });

  it('uses the injected now', () => {
    const checks = evaluateChecks(
      compiled,
      {
        entity: service,
        attestations: {
          'dr-drill': {
            attestedAt: daysAgo(10),
            expiresAt: daysAgo(-10),
            evidenceUrl: 'https://wiki.example.com/dr',
            author: 'user:default/jane',
          },
        },
      },
      { now: new Date(NOW.getTime() + 30 * 86_400_000) },
    );
    expect(checks.find(c => c.checkId === 'dr-drill')?.status).toBe('failed');
  });
});

describe('evaluateEntities', () => {
  it('evaluates many entities with one now and tags each with its ref', () => {
    const results = evaluateEntities(
      compiled,
      [{ entity: service }, { entity: component('bare') }],
      { now: NOW },
    );
    expect(results.map(r => [r.entityRef, r.score.level])).toEqual([
      ['component:default/svc', 1],
      ['component:default/bare', 0],
    ]);
  });

  it("passes the deployment's baseline date to every entity", () => {
    const trend = compileModel(
      modelOf({
        d: [
          ruleCheck('lead', 1, {
            fact: 'techInsights.dora.leadTime',
            operator: 'trend',
            value: {
              days: 30,
              direction: 'decrease',
              minChangePercent: 10,
              baseline: 'configured',
            },
          }),
        ],
      }),
    );
    const evidence = (name: string) => ({
      entity: component(name),
      techInsights: { dora: { facts: { leadTime: 5 } } },
      factHistory: {
        dora: { leadTime: [{ timestamp: '2026-01-01T00:00:00Z', value: 10 }] },
      },
    });
    const messages = (baselineDate?: string) =>
      evaluateEntities(trend, [evidence('a'), evidence('b')], {
        now: NOW,
        baselineDate,
      }).map(r => r.checks[0].message);
    expect(messages('2026-02-01')).toEqual([
      'leadTime went from 10 (baseline 2026-02-01, value of 2026-01-01) to 5: -50 %, a decrease of ≥ 10 % since 2026-02-01',
      'leadTime went from 10 (baseline 2026-02-01, value of 2026-01-01) to 5: -50 %, a decrease of ≥ 10 % since 2026-02-01',
    ]);
    expect(messages()[1]).toBe(
      'leadTime went from 10 (2026-01-01) to 5: -50 %, a decrease of ≥ 10 % over 30 days',
    );
  });
});

describe('compileModel', () => {
  it('throws a ModelValidationError for an invalid model', () => {
    const broken = modelOf({
      d: [ruleCheck('x', 9, { fact: 'nope.x', operator: 'exists' })],
    });
    expect(() => compileModel(broken)).toThrow(ModelValidationError);
    expect(() => compileModel(broken)).toThrow(
      /domains\[0\]\.capabilities\[0\]\.checks\[0\]\.level: level must be from 1 to 5/,
    );
  });

  it('exposes checks, their sources and applicability', () => {
    const mixed = compileModel(
      modelOf({
        d: [
          ruleCheck(
            'm',
            1,
            {
              all: [
                { fact: 'entity.kind', operator: 'exists' },
                { fact: 'techInsights.r.f', operator: 'exists' },
              ],
            },
            {
              appliesTo: { kind: 'system' },
            },
          ),
        ],
      }),
    );
    const check = mixed.getCheck('m')!;
    expect(check).toMatchObject({
      domainId: 'd',
      capabilityId: 'd-cap',
      index: 0,
      source: 'mixed',
    });
    expect(check.appliesTo(component('c'))).toBe(false);
    expect(mixed.getCheck('nope')).toBeUndefined();
    expect(() =>
      evaluateEntity({ ...mixed }, { entity: component('c') }),
    ).toThrow('not a model compiled with compileModel()');
  });
});
