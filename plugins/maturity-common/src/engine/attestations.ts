import type { AttestationEvidence } from '../evidence/types';
import { changesAt, type EvaluationContext } from './context';
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

/** An attestation chosen for a check, with its validity. */
export interface ResolvedAttestation {
  attestation: AttestationEvidence;
  validity: AttestationValidity;
}

/**
 * The attestation that counts for a check: the entity's own when valid, else
 * (for a team-scoped check) the first valid one of its groups, nearest first;
 * when none is valid, the own one, else the nearest group's, so that the
 * message can say what expired. Each candidate's validity is computed once.
 */
export function resolveAttestation(
  own: AttestationEvidence | undefined,
  inherited: readonly AttestationEvidence[] | undefined,
  validForDays: number,
  nowMs: number,
): ResolvedAttestation | undefined {
  let fallback: ResolvedAttestation | undefined;
  if (own) {
    const validity = attestationValidity(own, validForDays, nowMs);
    if (validity.state === 'valid' || !inherited || inherited.length === 0)
      return { attestation: own, validity };
    fallback = { attestation: own, validity };
  }
  for (const candidate of inherited ?? []) {
    const validity = attestationValidity(candidate, validForDays, nowMs);
    if (validity.state === 'valid') return { attestation: candidate, validity };
    fallback ??= { attestation: candidate, validity };
  }
  return fallback;
}

/**
 * {@link resolveAttestation} at the context's moment, recording when the
 * choice can change: only when the chosen attestation expires (an expired or
 * invalid one stays so, and a valid one is chosen before any later one).
 */
export function resolveAttestationIn(
  context: EvaluationContext,
  own: AttestationEvidence | undefined,
  inherited: readonly AttestationEvidence[] | undefined,
  validForDays: number,
): ResolvedAttestation | undefined {
  const resolved = resolveAttestation(
    own,
    inherited,
    validForDays,
    context.nowMs,
  );
  // valid up to and including `until`
  if (resolved?.validity.state === 'valid')
    changesAt(context, resolved.validity.until + 1);
  return resolved;
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
