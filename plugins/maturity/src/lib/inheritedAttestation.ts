import type { JsonValue } from '@devops-maturity/plugin-maturity-common';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A team attestation that an entity's check result comes from: attested once
 * on a group (`scope: team`) and inherited by what the group owns.
 */
export interface InheritedAttestation {
  /** The entity ref of the group attested on. */
  groupRef: string;
  /** The group's title, when the backend knew it. */
  groupTitle?: string;
  author?: string;
  attestedAt?: string;
  /** When it stops counting: its expiry, or earlier by the check's validity. */
  validUntil?: string;
  evidenceUrl?: string;
}

function text(record: { [key: string]: JsonValue }, key: string) {
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function validUntil(
  attestedAt: string | undefined,
  expiresAt: string | undefined,
  validForDays: number | undefined,
): string | undefined {
  const expires = expiresAt ? Date.parse(expiresAt) : NaN;
  const attested = attestedAt ? Date.parse(attestedAt) : NaN;
  if (Number.isNaN(expires)) return expiresAt;
  if (validForDays === undefined || Number.isNaN(attested)) return expiresAt;
  const limit = attested + validForDays * DAY_MS;
  return limit < expires ? new Date(limit).toISOString() : expiresAt;
}

/**
 * The team attestation behind a check result, read from the result's value
 * (the attestation the engine used, with `inheritedFrom` set when it is
 * inherited); undefined for own attestations and other values.
 */
export function inheritedAttestationOf(
  value: JsonValue | undefined,
  validForDays?: number,
): InheritedAttestation | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return undefined;
  }
  const groupRef = text(value, 'inheritedFrom');
  if (!groupRef) return undefined;
  const attestedAt = text(value, 'attestedAt');
  return {
    groupRef,
    groupTitle: text(value, 'inheritedFromTitle'),
    author: text(value, 'author'),
    attestedAt,
    validUntil: validUntil(attestedAt, text(value, 'expiresAt'), validForDays),
    evidenceUrl: text(value, 'evidenceUrl'),
  };
}
