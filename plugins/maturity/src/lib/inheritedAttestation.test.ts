import { inheritedAttestationOf } from './inheritedAttestation';

const team = {
  attestedAt: '2024-03-01T00:00:00.000Z',
  expiresAt: '2024-12-31T00:00:00.000Z',
  evidenceUrl: 'https://wiki.example.com/dr',
  author: 'user:default/ana',
  inheritedFrom: 'group:default/payments',
  inheritedFromTitle: 'Payments',
};

describe('inheritedAttestationOf', () => {
  it('reads the team attestation of a result value', () => {
    expect(inheritedAttestationOf(team)).toEqual({
      groupRef: 'group:default/payments',
      groupTitle: 'Payments',
      author: 'user:default/ana',
      attestedAt: '2024-03-01T00:00:00.000Z',
      validUntil: '2024-12-31T00:00:00.000Z',
      evidenceUrl: 'https://wiki.example.com/dr',
    });
  });

  it('ends the validity early when the check allows fewer days', () => {
    expect(inheritedAttestationOf(team, 30)?.validUntil).toBe(
      '2024-03-31T00:00:00.000Z',
    );
    expect(inheritedAttestationOf(team, 365)?.validUntil).toBe(
      '2024-12-31T00:00:00.000Z',
    );
  });

  it('is undefined for own attestations and other values', () => {
    const { inheritedFrom: _, ...own } = team;
    expect(inheritedAttestationOf(own)).toBeUndefined();
    expect(
      inheritedAttestationOf({ ...team, inheritedFrom: '' }),
    ).toBeUndefined();
    expect(inheritedAttestationOf(undefined)).toBeUndefined();
    expect(inheritedAttestationOf('group:default/payments')).toBeUndefined();
    expect(inheritedAttestationOf([team])).toBeUndefined();
  });

  it('leaves out fields that are not text', () => {
    expect(
      inheritedAttestationOf({
        inheritedFrom: 'group:default/payments',
        author: 42,
        expiresAt: null,
      }),
    ).toEqual({ groupRef: 'group:default/payments' });
  });
});
