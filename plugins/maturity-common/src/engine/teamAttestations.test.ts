import type { Entity } from '@backstage/catalog-model';
import type { AttestationEvidence } from '../evidence/types';
import type { MaturityCheck } from '../model/types';
import { compileModel } from './compileModel';
import { evaluateEntity } from './evaluateEntity';
import { resolveAttestation } from './attestations';
import {
  component,
  daysAgo,
  modelOf,
  NOW,
  ruleCheck,
} from '../__testUtils__/fixtures';

const incidentReview: MaturityCheck = {
  id: 'incident-review',
  title: 'Team runs incident reviews',
  level: 2,
  appliesTo: { kind: 'component' },
  attestation: {
    evidence: 'Review minutes',
    validForDays: 90,
    scope: 'team',
  },
  remediation: { markdown: 'Hold reviews.' },
};

const compiled = compileModel(
  modelOf({
    team: [
      incidentReview,
      ruleCheck(
        'reviewed-fact',
        3,
        { fact: 'attestation.incident-review', operator: 'exists' },
        { appliesTo: { kind: 'component' } },
      ),
      ruleCheck(
        'members',
        1,
        { fact: 'relations.hasMember', operator: 'gte', value: 2 },
        { appliesTo: { kind: 'group' } },
      ),
    ],
  }),
);

const attestation = (
  author: string,
  attestedDaysAgo: number,
  expiresInDays: number,
  inheritedFrom?: string,
  inheritedFromTitle?: string,
): AttestationEvidence => ({
  attestedAt: daysAgo(attestedDaysAgo),
  expiresAt: daysAgo(-expiresInDays),
  evidenceUrl: `https://wiki/${author}`,
  author: `user:default/${author}`,
  ...(inheritedFrom ? { inheritedFrom } : {}),
  ...(inheritedFromTitle ? { inheritedFromTitle } : {}),
});

const group = (name: string, type: string, members: number): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type, children: [] },
  relations: Array.from({ length: members }, (_, i) => ({
    type: 'hasMember',
    targetRef: `user:default/u${i}`,
  })),
});

const service = component('svc');
const check = (evidence: Parameters<typeof evaluateEntity>[1], id: string) =>
  evaluateEntity(compiled, evidence, { now: NOW }).checks.find(
    c => c.checkId === id,
  )!;

describe('team-scoped attestations', () => {
  it('passes with the owner group’s attestation and names its provenance', () => {
    const result = check(
      {
        entity: service,
        teamAttestations: {
          'incident-review': [
            attestation('ann', 10, 80, 'group:default/payments', 'Payments'),
          ],
        },
      },
      'incident-review',
    );
    expect(result).toMatchObject({
      status: 'passed',
      message:
        'attested for Payments by user:default/ann on 2026-05-22, expires 2026-08-20, evidence https://wiki/ann',
      value: { inheritedFrom: 'group:default/payments' },
    });
    expect(
      check(
        {
          entity: service,
          teamAttestations: {
            'incident-review': [
              attestation('ann', 10, 80, 'group:default/payments'),
            ],
          },
        },
        'reviewed-fact',
      ).status,
    ).toBe('passed');
  });

  it('prefers the entity’s own valid attestation, then the nearest valid group', () => {
    const own = attestation('own', 5, 80);
    const near = attestation('near', 10, 80, 'group:default/team');
    const far = attestation('far', 1, 80, 'group:default/dept');
    const chosen = (
      own_: typeof own | undefined,
      inherited: Array<typeof own> | undefined,
    ) => resolveAttestation(own_, inherited, 90, NOW.getTime())?.attestation;
    expect(chosen(own, [near, far])).toBe(own);
    expect(chosen(undefined, [near, far])).toBe(near);
    const expiredNear = attestation('near', 100, 80, 'group:default/team');
    expect(chosen(undefined, [expiredNear, far])).toBe(far);
    const expiredOwn = attestation('own', 100, 10);
    expect(chosen(expiredOwn, [far])).toBe(far);
    expect(chosen(expiredOwn, [expiredNear])).toBe(expiredOwn);
    expect(chosen(undefined, undefined)).toBe(undefined);
    // the chosen attestation comes with its validity
    expect(
      resolveAttestation(expiredOwn, [expiredNear], 90, NOW.getTime())?.validity
        .state,
    ).toBe('expired');
  });

  it('fails with an expired inherited attestation, saying for which group', () => {
    const result = check(
      {
        entity: service,
        teamAttestations: {
          'incident-review': [
            attestation('ann', 120, 10, 'group:default/payments'),
          ],
        },
      },
      'incident-review',
    );
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(
      /^attested for group:default\/payments by user:default\/ann on 2026-02-01, expired on 2026-05-02;/,
    );
  });

  it('ignores team attestations of checks that are not team-scoped', () => {
    const entityScoped = compileModel(
      modelOf({
        team: [
          {
            ...incidentReview,
            attestation: { evidence: 'Review minutes', validForDays: 90 },
          },
        ],
      }),
    );
    const result = evaluateEntity(
      entityScoped,
      {
        entity: service,
        teamAttestations: {
          'incident-review': [attestation('ann', 1, 80, 'group:default/x')],
        },
      },
      { now: NOW },
    ).checks[0];
    expect(result.status).toBe('unknown');
  });

  it('applies a team-scoped check to groups of spec.type team besides appliesTo', () => {
    expect(
      check({ entity: group('payments', 'team', 0) }, 'incident-review'),
    ).toMatchObject({ status: 'unknown' });
    expect(
      check({ entity: group('bank', 'organization', 0) }, 'incident-review'),
    ).toMatchObject({
      status: 'not-applicable',
      message:
        'applies only to entities with kind = component and to groups of spec.type team',
    });
  });
});

describe('relation counts', () => {
  it('compares the number of targets with gte', () => {
    expect(check({ entity: group('two', 'team', 2) }, 'members')).toMatchObject(
      { status: 'passed', message: '2 hasMember relation targets (≥ 2)' },
    );
    expect(check({ entity: group('one', 'team', 1) }, 'members')).toMatchObject(
      {
        status: 'failed',
        message: '1 hasMember relation targets, required ≥ 2',
      },
    );
  });
});
