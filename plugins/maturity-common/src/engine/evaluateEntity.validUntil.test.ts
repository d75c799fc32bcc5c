import type { EntityEvidence } from '../evidence/types';
import type { MaturityCheck } from '../model/types';
import { component, modelOf, ruleCheck } from '../__testUtils__/fixtures';
import { compileModel } from './compileModel';
import { evaluateEntity } from './evaluateEntity';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-06-01T10:00:00Z');
const END_OF_DAY = Date.parse('2026-06-02T00:00:00Z');

const attested: MaturityCheck = {
  id: 'drill',
  title: 'Drill attested',
  level: 2,
  attestation: { evidence: 'report', validForDays: 180 },
  remediation: { markdown: 'Drill.' },
};

const compiled = compileModel(
  modelOf({
    delivery: [
      ruleCheck('deployed', 1, {
        fact: 'techInsights.deploys.lastDeploy',
        operator: 'withinDays',
        value: 7,
      }),
      ruleCheck('coverage', 1, {
        fact: 'techInsights.code.coverage',
        operator: 'gte',
        value: 80,
      }),
      attested,
    ],
    trends: [
      ruleCheck('rising', 1, {
        fact: 'techInsights.code.coverage',
        operator: 'trend',
        value: { days: 30, direction: 'increase', minChangePercent: 1 },
      }),
    ],
  }),
);

const iso = (ms: number) => new Date(ms).toISOString();

function evidence(extra: Omit<EntityEvidence, 'entity'>): EntityEvidence {
  return { entity: component('svc'), ...extra };
}

const deployedAt = (ms: number) => ({
  techInsights: { deploys: { facts: { lastDeploy: iso(ms) } } },
});

function evaluateAt(ms: number, of: EntityEvidence) {
  return evaluateEntity(compiled, of, { now: new Date(ms) });
}

/** The evaluation is the same until just before `validUntil`. */
function expectStableUntilValid(of: EntityEvidence) {
  const first = evaluateAt(NOW, of);
  const last = evaluateAt(first.validUntil! - 1, of);
  expect(last.checks).toEqual(first.checks);
  expect(last.score).toEqual(first.score);
}

describe('evaluateEntity validUntil', () => {
  it('is the end of the UTC day without any time comparison', () => {
    const of = evidence({
      techInsights: { code: { facts: { coverage: 90 } } },
    });
    expect(evaluateAt(NOW, of).validUntil).toBe(END_OF_DAY);
    expectStableUntilValid(of);
  });

  it('is the moment a withinDays date becomes too old', () => {
    // 7 days are over in 3 hours
    const expiresAt = NOW + 3 * HOUR;
    const of = evidence(deployedAt(expiresAt - 7 * DAY));
    const first = evaluateAt(NOW, of);
    expect(first.checks[0].status).toBe('passed');
    expect(first.validUntil).toBe(expiresAt);
    expectStableUntilValid(of);
    expect(evaluateAt(expiresAt + 1, of).checks[0].status).toBe('failed');
  });

  it('is the moment a withinDays date shows one more day of age', () => {
    const at = NOW - 2 * DAY - 20 * HOUR;
    const of = evidence(deployedAt(at));
    const first = evaluateAt(NOW, of);
    expect(first.checks[0].message).toContain('(2 days ago)');
    expect(first.validUntil).toBe(at + 3 * DAY);
    expectStableUntilValid(of);
    expect(evaluateAt(at + 3 * DAY, of).checks[0].message).toContain(
      '(3 days ago)',
    );
  });

  it('is not lowered by a withinDays date long expired whose age text changes after the day', () => {
    // 02:00, 12 days ago: it reads "12 days ago" until 02:00 tomorrow
    const of = evidence(deployedAt(Date.parse('2026-05-20T02:00:00Z')));
    const first = evaluateAt(NOW, of);
    expect(first.checks[0].status).toBe('failed');
    expect(first.validUntil).toBe(END_OF_DAY);
    expectStableUntilValid(of);
  });

  it('is now in the day after a withinDays limit, where the age shows hundredths', () => {
    const of = evidence(deployedAt(NOW - 7.5 * DAY));
    const first = evaluateAt(NOW, of);
    expect(first.checks[0].status).toBe('failed');
    expect(first.validUntil).toBe(NOW);
  });

  it('is the moment a date too far ahead becomes clock skew', () => {
    const at = NOW + 1 * DAY + 4 * HOUR;
    const of = evidence(deployedAt(at));
    const first = evaluateAt(NOW, of);
    expect(first.checks[0].status).toBe('failed');
    expect(first.validUntil).toBe(at - DAY);
    expectStableUntilValid(of);
    expect(evaluateAt(at - DAY, of).checks[0].status).toBe('passed');
  });

  it('is just after the end of a waiver', () => {
    const until = NOW + 5 * HOUR;
    const of = evidence({
      techInsights: { code: { facts: { coverage: 50 } } },
      waivers: {
        coverage: { reason: 'r', author: 'u', expiresAt: iso(until) },
      },
    });
    const first = evaluateAt(NOW, of);
    expect(first.checks[1].status).toBe('waived');
    expect(first.validUntil).toBe(until + 1);
    expectStableUntilValid(of);
    expect(evaluateAt(until + 1, of).checks[1].status).toBe('failed');
  });

  it('ignores an expired waiver and one without an end', () => {
    const of = evidence({
      techInsights: { code: { facts: { coverage: 50 } } },
      waivers: {
        coverage: { reason: 'r', author: 'u', expiresAt: iso(NOW - HOUR) },
        drill: { reason: 'r', author: 'u' },
      },
    });
    expect(evaluateAt(NOW, of).validUntil).toBe(END_OF_DAY);
  });

  it('is just after the expiry of the attestation that counts', () => {
    const expiresAt = NOW + 2 * HOUR;
    const of = evidence({
      attestations: {
        drill: {
          attestedAt: iso(NOW - 10 * DAY),
          expiresAt: iso(expiresAt),
          evidenceUrl: 'https://example.com/r',
          author: 'u',
        },
      },
    });
    const first = evaluateAt(NOW, of);
    expect(first.checks[2].status).toBe('passed');
    expect(first.validUntil).toBe(expiresAt + 1);
    expectStableUntilValid(of);
    expect(evaluateAt(expiresAt + 1, of).checks[2].status).toBe('failed');
  });

  it('is the moment a rolling trend window reaches the next history point', () => {
    // the window looks back 29 days: the point of 29 days − 6 hours ago
    // becomes its baseline in 6 hours
    const next = NOW - 29 * DAY + 6 * HOUR;
    const of = evidence({
      techInsights: { code: { facts: { coverage: 90 } } },
      factHistory: {
        code: {
          coverage: [
            { timestamp: iso(NOW - 40 * DAY), value: 50 },
            { timestamp: iso(next), value: 95 },
          ],
        },
      },
    });
    const first = evaluateAt(NOW, of);
    expect(first.checks[3].status).toBe('passed');
    expect(first.validUntil).toBe(NOW + 6 * HOUR);
    expectStableUntilValid(of);
    expect(evaluateAt(NOW + 6 * HOUR, of).checks[3].status).toBe('failed');
  });

  it('is the start of a configured baseline date still in the future', () => {
    const trendSince = compileModel(
      modelOf({
        trends: [
          ruleCheck('rising', 1, {
            fact: 'techInsights.code.coverage',
            operator: 'trend',
            value: {
              days: 30,
              direction: 'increase',
              minChangePercent: 1,
              baseline: 'configured',
            },
          }),
        ],
      }),
    );
    const of = evidence({
      techInsights: { code: { facts: { coverage: 90 } } },
    });
    const at = (now: number) =>
      evaluateEntity(trendSince, of, {
        now: new Date(now),
        baselineDate: '2026-06-03',
      });
    expect(at(NOW).checks[0].status).toBe('unknown');
    // the cap of the day comes first
    expect(at(NOW).validUntil).toBe(END_OF_DAY);
    const dayBefore = Date.parse('2026-06-02T10:00:00Z');
    expect(at(dayBefore).validUntil).toBe(Date.parse('2026-06-03T00:00:00Z'));
  });
});
