import type { AttestationCheckLookup } from './lookupAttestationCheck';
import { parseAttestationFile } from './parseAttestationFile';

const NOW = new Date('2026-12-06T15:30:00.000Z');
const FILE = '/config/attestations.yaml';

function lookupCheck(checkId: string): AttestationCheckLookup {
  switch (checkId) {
    case 'ops-dr-plan':
      return { kind: 'attestation', validForDays: 365 };
    case 'pm-monthly-metrics-review':
      return { kind: 'attestation', validForDays: 90 };
    case 'sre-slo-published':
      return { kind: 'automated', modelId: 'caict-devops' };
    default:
      return { kind: 'unknown', modelIds: ['caict-devops', 'bank-extra'] };
  }
}

function parse(text: string) {
  return parseAttestationFile({ text, file: FILE, lookupCheck, now: NOW });
}

/** The problems as `line path: message`. */
function problemsOf(text: string): string[] {
  const { attestations, problems } = parse(text);
  expect(attestations).toEqual([]);
  for (const problem of problems) expect(problem.file).toBe(FILE);
  return problems.map(p => `${p.line} ${p.path}: ${p.message}`);
}

describe('parseAttestationFile', () => {
  it('reads entries with absolute and relative dates and computes their expiry', () => {
    const { attestations, problems } = parse(`# last year's assessment
attestations:
  - entity: component:default/quickpay-gateway
    check: ops-dr-plan
    attestedBy: user:default/zhang-wei
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr/2026
    comment: Failover in 4 minutes
  - entity: Component:quickpay-gateway
    check: pm-monthly-metrics-review
    attestedBy: user:emma-larsen
    attestedAt: '2026-11-20T09:15:00+01:00'
    evidenceUrl: https://wiki.harborbank.example/metrics/2026-11
  - entity: system:default/online-payment-platform
    check: pm-monthly-metrics-review
    attestedBy: user:default/yang-fan
    attestedAt: -30d
    evidenceUrl: https://wiki.harborbank.example/metrics/latest
`);
    expect(problems).toEqual([]);
    expect(attestations).toEqual([
      {
        entityRef: 'component:default/quickpay-gateway',
        checkId: 'ops-dr-plan',
        author: 'user:default/zhang-wei',
        attestedAt: new Date('2026-03-01T00:00:00.000Z'),
        expiresAt: new Date('2027-03-01T00:00:00.000Z'),
        relative: false,
        evidenceUrl: 'https://wiki.harborbank.example/dr/2026',
        comment: 'Failover in 4 minutes',
        line: 3,
        column: 5,
      },
      {
        entityRef: 'component:default/quickpay-gateway',
        checkId: 'pm-monthly-metrics-review',
        author: 'user:default/emma-larsen',
        attestedAt: new Date('2026-11-20T08:15:00.000Z'),
        expiresAt: new Date('2027-02-18T08:15:00.000Z'),
        relative: false,
        evidenceUrl: 'https://wiki.harborbank.example/metrics/2026-11',
        line: 9,
        column: 5,
      },
      {
        entityRef: 'system:default/online-payment-platform',
        checkId: 'pm-monthly-metrics-review',
        author: 'user:default/yang-fan',
        // 30 days before the start of the import's UTC day
        attestedAt: new Date('2026-11-06T00:00:00.000Z'),
        expiresAt: new Date('2027-02-04T00:00:00.000Z'),
        relative: true,
        evidenceUrl: 'https://wiki.harborbank.example/metrics/latest',
        line: 14,
        column: 5,
      },
    ]);
  });

  it('keeps an old attestation that has already expired', () => {
    const { attestations } = parse(`attestations:
  - entity: component:default/a
    check: pm-monthly-metrics-review
    attestedBy: user:default/b
    attestedAt: 2025-01-10
    evidenceUrl: https://wiki.harborbank.example/metrics/2025-01
`);
    expect(attestations[0].expiresAt).toEqual(
      new Date('2025-04-10T00:00:00.000Z'),
    );
  });

  it('accepts an empty list', () => {
    expect(parse('attestations: []\n')).toEqual({
      attestations: [],
      problems: [],
    });
  });

  it('reports unknown keys at their line', () => {
    expect(
      problemsOf(`attestations:
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr
    expiresAt: 2027-03-01
extra: true
`),
    ).toEqual([
      '7 attestations[0].expiresAt: unknown key (expected entity, check, attestedBy, attestedAt, evidenceUrl, comment)',
      "8 extra: unknown key (expected 'attestations')",
    ]);
  });

  it('reports every missing field at its entry and empty values at theirs', () => {
    expect(
      problemsOf(`attestations:
  - entity: component:default/a
    check: ops-dr-plan
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl:
    comment: [not, text]
`),
    ).toEqual([
      "2 attestations[0]: missing 'attestedBy'",
      "2 attestations[0]: missing 'attestedAt'",
      "2 attestations[0]: missing 'evidenceUrl'",
      '8 attestations[1].evidenceUrl: must be a non-empty string',
      '9 attestations[1].comment: must be a non-empty string',
    ]);
  });

  it('reports malformed entity and user refs', () => {
    expect(
      problemsOf(`attestations:
  - entity: quickpay-gateway
    check: ops-dr-plan
    attestedBy: group:default/quick-payment-team
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr
  - entity: 'component:default/'
    check: ops-dr-plan
    attestedBy: zhang-wei
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr
`),
    ).toEqual([
      "2 attestations[0].entity: 'quickpay-gateway' is not an entity ref like component:default/name",
      "4 attestations[0].attestedBy: 'group:default/quick-payment-team' is not a user entity ref like user:default/name",
      "7 attestations[1].entity: 'component:default/' is not an entity ref like component:default/name",
      "9 attestations[1].attestedBy: 'zhang-wei' is not a user entity ref like user:default/name",
    ]);
  });

  it('reports unknown checks and checks evaluated by a rule', () => {
    expect(
      problemsOf(`attestations:
  - entity: component:default/a
    check: ops-dr-plna
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr
  - entity: component:default/a
    check: sre-slo-published
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/slo
`),
    ).toEqual([
      "3 attestations[0].check: unknown check 'ops-dr-plna' (in none of the loaded models: caict-devops, bank-extra)",
      "8 attestations[1].check: 'sre-slo-published' is not an attestation check (model 'caict-devops' evaluates it by a rule)",
    ]);
  });

  it('reports evidence URLs that are not https', () => {
    expect(
      problemsOf(`attestations:
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl: http://wiki.harborbank.example/dr
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-03-02
    evidenceUrl: wiki/dr
`),
    ).toEqual([
      "6 attestations[0].evidenceUrl: 'http://wiki.harborbank.example/dr' is not an https URL",
      "11 attestations[1].evidenceUrl: 'wiki/dr' is not an https URL",
    ]);
  });

  it('reports bad, future and relative-but-expired dates', () => {
    expect(
      problemsOf(`attestations:
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-02-30
    evidenceUrl: https://wiki.harborbank.example/dr
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: last spring
    evidenceUrl: https://wiki.harborbank.example/dr
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-12-06T16:00:00Z
    evidenceUrl: https://wiki.harborbank.example/dr
  - entity: component:default/a
    check: pm-monthly-metrics-review
    attestedBy: user:default/b
    attestedAt: -90d
    evidenceUrl: https://wiki.harborbank.example/metrics
`),
    ).toEqual([
      "5 attestations[0].attestedAt: '2026-02-30' is not an ISO date, an ISO date-time or a relative date like -30d",
      "10 attestations[1].attestedAt: 'last spring' is not an ISO date, an ISO date-time or a relative date like -30d",
      "15 attestations[2].attestedAt: '2026-12-06T16:00:00Z' is in the future",
      "20 attestations[3].attestedAt: '-90d' would be expired on import: a relative date must lie within the check's 90 days of validity",
    ]);
  });

  it('reports a file that is not an attestations list', () => {
    expect(
      problemsOf('attestations:\n  entity: component:default/a\n'),
    ).toEqual(["2 attestations: expected a top-level 'attestations' list"]);
    expect(problemsOf('- entity: component:default/a\n')).toEqual([
      "1 attestations: expected a top-level 'attestations' list",
    ]);
    expect(problemsOf('attestations:\n  - just text\n')).toEqual([
      '2 attestations[0]: expected a mapping with entity, check, attestedBy, attestedAt, evidenceUrl',
    ]);
  });

  it('reports invalid YAML and duplicate keys', () => {
    expect(
      problemsOf(`attestations:
  - entity: component:default/a
    entity: component:default/b
`),
    ).toEqual(['3 (yaml): duplicate key in a mapping']);
    expect(problemsOf('attestations: [\n  - a: b\n')).not.toEqual([]);
  });

  it('reports problems of several entries at once and yields no entry', () => {
    const { attestations, problems } = parse(`attestations:
  - entity: component:default/a
    check: ops-dr-plan
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr
  - entity: component:default/a
    check: nope
    attestedBy: user:default/b
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/dr
`);
    expect(attestations).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 8,
        column: 12,
        path: 'attestations[1].check',
      }),
    ]);
  });
});
