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
