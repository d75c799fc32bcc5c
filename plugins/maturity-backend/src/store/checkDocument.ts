import type { JsonValue } from '@devops-maturity/plugin-maturity-common';
import type { StoredCheckResult } from './types';

/**
 * One check result in a document: a positional array, a third of the size
 * of an object with named keys and quicker to write and read. `value` is
 * last and absent when the result has none (null is a value).
 */
type EncodedCheck = [
  checkId: string,
  domainId: string,
  capabilityId: string,
  level: number,
  status: StoredCheckResult['status'],
  source: StoredCheckResult['source'],
  message: string,
  updatedAt: string,
  value?: JsonValue,
];

/**
 * The JSON document holding an entity's check results
 * (`maturity_entity_checks.checks`), in the order given.
 */
export function encodeCheckDocument(
  checks: readonly StoredCheckResult[],
): string {
  const encoded = checks.map(
    (c): EncodedCheck =>
      c.value === undefined
        ? [
            c.checkId,
            c.domainId,
            c.capabilityId,
            c.level,
            c.status,
            c.source,
            c.message,
            c.updatedAt,
          ]
        : [
            c.checkId,
            c.domainId,
            c.capabilityId,
            c.level,
            c.status,
            c.source,
            c.message,
            c.updatedAt,
            c.value,
          ],
  );
  return JSON.stringify(encoded);
}

/** Reads a check result document written by `encodeCheckDocument`. */
export function decodeCheckDocument(text: string): StoredCheckResult[] {
  return (JSON.parse(text) as EncodedCheck[]).map(fields => {
    const check: StoredCheckResult = {
      checkId: fields[0],
      domainId: fields[1],
      capabilityId: fields[2],
      level: fields[3],
      status: fields[4],
      source: fields[5],
      message: fields[6],
      updatedAt: fields[7],
    };
    if (fields.length > 8) check.value = fields[8] as JsonValue;
    return check;
  });
}
