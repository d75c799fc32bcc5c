import type { StoredCheckResult } from './types';

function byDomainThenCheck(a: StoredCheckResult, b: StoredCheckResult) {
  if (a.domainId !== b.domainId) return a.domainId < b.domainId ? -1 : 1;
  if (a.checkId !== b.checkId) return a.checkId < b.checkId ? -1 : 1;
  return 0;
}

/**
 * The JSON document holding an entity's check results
 * (`maturity_entity_checks.checks`), ordered by domain then check id.
 */
export function encodeCheckDocument(
  checks: readonly StoredCheckResult[],
): string {
  return JSON.stringify([...checks].sort(byDomainThenCheck));
}

/** Reads a check result document written by `encodeCheckDocument`. */
export function decodeCheckDocument(text: string): StoredCheckResult[] {
  return JSON.parse(text) as StoredCheckResult[];
}
