import type { AttestationEvidence } from '../evidence/types';
import { DAY, formatDate, formatDateOf } from './format';
import { parseTimestamp } from './parseTimestamp';

/** The validity of an attestation at a moment. */
export type AttestationValidity =
  | { state: 'valid'; until: number }
  | { state: 'expired'; since: number }
  | { state: 'invalid'; message: string };

/**
 * An attestation is valid until its `expiresAt`, and never longer than
 * `validForDays` after `attestedAt`.
 */
export function attestationValidity(
  attestation: AttestationEvidence,
  validForDays: number,
  nowMs: number,
): AttestationValidity {
  const attestedAt = parseTimestamp(attestation.attestedAt);
  const expiresAt = parseTimestamp(attestation.expiresAt);
  if (Number.isNaN(attestedAt)) {
    return {
      state: 'invalid',
      message: `attestedAt '${attestation.attestedAt}' is not a date`,
    };
  }
  if (Number.isNaN(expiresAt)) {
    return {
      state: 'invalid',
      message: `expiresAt '${attestation.expiresAt}' is not a date`,
    };
  }
  const until = Math.min(expiresAt, attestedAt + validForDays * DAY);
  return nowMs <= until
    ? { state: 'valid', until }
    : { state: 'expired', since: until };
}

/** "by X on DATE" for messages. */
export function describeAttestation(attestation: AttestationEvidence): string {
  return `by ${attestation.author} on ${formatDateOf(
    attestation.attestedAt,
    parseTimestamp(attestation.attestedAt),
  )}`;
}

/** The day an attestation ends, as `YYYY-MM-DD`. */
export function formatValidityEnd(
  attestation: AttestationEvidence,
  end: number,
): string {
  return end === parseTimestamp(attestation.expiresAt)
    ? formatDateOf(attestation.expiresAt, end)
    : formatDate(end);
}

/**
 * The attestation that counts for an entity and check: its own when valid,
 * else the first valid one of `inherited` (team attestations, nearest group
 * first), else the invalid or expired own one, else the nearest inherited
 * one; undefined when there is none.
 */
export function resolveAttestation(
  own: AttestationEvidence | undefined,
  inherited: readonly AttestationEvidence[] | undefined,
  validForDays: number,
  nowMs: number,
): AttestationEvidence | undefined {
  if (!inherited || inherited.length === 0) return own;
  if (own && attestationValidity(own, validForDays, nowMs).state === 'valid')
    return own;
  for (const candidate of inherited) {
    if (attestationValidity(candidate, validForDays, nowMs).state === 'valid')
      return candidate;
  }
  return own ?? inherited[0];
}

/** "by X on DATE", preceded by "for GROUP" when the attestation is inherited. */
export function describeAttestationOrigin(
  attestation: AttestationEvidence,
): string {
  const by = describeAttestation(attestation);
  return attestation.inheritedFrom
    ? `for ${attestation.inheritedFromTitle ?? attestation.inheritedFrom} ${by}`
    : by;
}
