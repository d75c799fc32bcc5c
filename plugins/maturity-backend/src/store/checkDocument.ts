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
  value?: JsonValue,
];

/**
 * The stored document: the distinct update times (`t`), per result the
 * index of its time (`i`), and the results (`c`). Most results of an entity
 * change together, so a time is written once, not per check, and `c` is
 * exactly what `serializeChecks` gives for the same results.
 */
interface CheckDocument {
  t: string[];
  i: number[];
  c: EncodedCheck[];
}

/**
 * The first layout (until Dec 2026): an array of results, each with its
 * update time before the value. Still read; never written.
 */
type LegacyEncodedCheck = [
  ...fields: [string, string, string, number, string, string, string],
  updatedAt: string,
  value?: JsonValue,
];

/** The fields of a result that a document stores, without its time. */
export type CheckFields = Omit<StoredCheckResult, 'updatedAt'>;

/**
 * The results of a document as JSON, without their times: serialised once
 * per evaluation, the text serves both the evaluation's digest and, when the
 * document holds exactly these results, the document itself.
 */
export function serializeChecks(checks: Iterable<CheckFields>): string {
  const encoded: EncodedCheck[] = [];
  for (const c of checks) {
    const fields: EncodedCheck = [
      c.checkId,
      c.domainId,
      c.capabilityId,
      c.level,
      c.status,
      c.source,
      c.message,
    ];
    if (c.value !== undefined) fields.push(c.value);
    encoded.push(fields);
  }
  return JSON.stringify(encoded);
}

/** A result of a document; one without a time changed at the document's time. */
export type CheckToEncode = CheckFields & { updatedAt?: string };

/**
 * The JSON document holding an entity's check results
 * (`maturity_entity_checks.checks`), in the order given; results without
 * `updatedAt` changed at `now`. `serialized`, when given, must be
 * `serializeChecks` of the same results.
 */
export function encodeCheckDocument(
  checks: Iterable<CheckToEncode>,
  options: { now?: string; serialized?: string } = {},
): string {
  const { now, serialized } = options;
  const list = [...checks];
  const times: string[] = [];
  const timeIndex = new Map<string, number>();
  const indexes = list.map(check => {
    const updatedAt = check.updatedAt ?? now;
    if (updatedAt === undefined) {
      throw new TypeError(`check ${check.checkId} has no update time`);
    }
    let index = timeIndex.get(updatedAt);
    if (index === undefined) {
      index = times.push(updatedAt) - 1;
      timeIndex.set(updatedAt, index);
    }
    return index;
  });
  return `{"t":${JSON.stringify(times)},"i":${JSON.stringify(indexes)},"c":${
    serialized ?? serializeChecks(list)
  }}`;
}

/** Reads a check result document written by `encodeCheckDocument` (either layout). */
export function decodeCheckDocument(text: string): StoredCheckResult[] {
  const parsed = JSON.parse(text) as CheckDocument | LegacyEncodedCheck[];
  if (Array.isArray(parsed)) {
    return parsed.map(fields =>
      toResult(fields, fields[7], fields.length > 8, fields[8]),
    );
  }
  return parsed.c.map((fields, n) =>
    toResult(fields, parsed.t[parsed.i[n]], fields.length > 7, fields[7]),
  );
}

function toResult(
  fields: EncodedCheck | LegacyEncodedCheck,
  updatedAt: string,
  hasValue: boolean,
  value: JsonValue | undefined,
): StoredCheckResult {
  const check: StoredCheckResult = {
    checkId: fields[0],
    domainId: fields[1],
    capabilityId: fields[2],
    level: fields[3],
    status: fields[4] as StoredCheckResult['status'],
    source: fields[5] as StoredCheckResult['source'],
    message: fields[6],
    updatedAt,
  };
  if (hasValue) check.value = value as JsonValue;
  return check;
}
