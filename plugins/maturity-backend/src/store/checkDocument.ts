import type { JsonValue } from '@devops-maturity/plugin-maturity-common';
import type { CheckPlacements, PlacementsById } from './checkPlacements';
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
 * A result whose domain, capability and level are those its document's
 * placements give the check: 4 or 5 fields, where an {@link EncodedCheck}
 * has 7 or 8.
 */
type PlacedCheck = [
  checkId: string,
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
 *
 * With `p` (the current layout, since Dec 2026), the id of the model's
 * {@link CheckPlacements}: a result whose check sits where they say is a
 * {@link PlacedCheck}, any other an {@link EncodedCheck}; and `i` is absent
 * when every result changed at the first time. Without `p` (the second
 * layout; still written for results without placements), every result is
 * an {@link EncodedCheck}.
 */
interface CheckDocument {
  p?: string;
  t: string[];
  i?: number[];
  c: Array<EncodedCheck | PlacedCheck>;
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

function isPlaced(check: CheckFields, placements: CheckPlacements): boolean {
  const placement = placements.get(check.checkId);
  return (
    placement !== undefined &&
    placement[0] === check.domainId &&
    placement[1] === check.capabilityId &&
    placement[2] === check.level
  );
}

/**
 * The results of a document as JSON, without their times: serialised once
 * per evaluation, the text serves both the evaluation's digest and, when the
 * document holds exactly these results, the document itself. With
 * `placements`, results whose check sits where they say leave out its
 * domain, capability and level.
 */
export function serializeChecks(
  checks: Iterable<CheckFields>,
  placements?: CheckPlacements,
): string {
  const encoded: Array<EncodedCheck | PlacedCheck> = [];
  for (const c of checks) {
    const fields: EncodedCheck | PlacedCheck =
      placements && isPlaced(c, placements)
        ? [c.checkId, c.status, c.source, c.message]
        : [
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

interface EncodeOptions<S> {
  now?: string;
  serialized?: S;
  placements?: CheckPlacements;
}

const CLOSE = Buffer.from('}');

/**
 * The JSON document holding an entity's check results
 * (`maturity_entity_checks.checks`), in the order given; results without
 * `updatedAt` changed at `now`. With `placements` (which must be stored, see
 * `saveCheckPlacements`) in the current layout, else in the second.
 * `serialized`, when given, must be `serializeChecks` of the same results
 * and placements, as text or as its UTF-8 bytes; the document is then
 * text or bytes alike.
 */
export function encodeCheckDocument(
  checks: Iterable<CheckToEncode>,
  options?: EncodeOptions<string>,
): string;
export function encodeCheckDocument(
  checks: Iterable<CheckToEncode>,
  options: EncodeOptions<string | Buffer>,
): string | Buffer;
export function encodeCheckDocument(
  checks: Iterable<CheckToEncode>,
  options: EncodeOptions<string | Buffer> = {},
): string | Buffer {
  const { now, serialized, placements } = options;
  const list = Array.isArray(checks)
    ? (checks as CheckToEncode[])
    : [...checks];
  const times: string[] = [];
  const timeIndex = new Map<string, number>();
  let onlyFirstTime = true;
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
    onlyFirstTime &&= index === 0;
    return index;
  });
  const t = JSON.stringify(times);
  const i =
    placements && onlyFirstTime ? '' : `"i":${JSON.stringify(indexes)},`;
  const head = placements
    ? `{"p":${JSON.stringify(placements.id)},"t":${t},${i}"c":`
    : `{"t":${t},${i}"c":`;
  const c = serialized ?? serializeChecks(list, placements);
  return typeof c === 'string'
    ? `${head}${c}}`
    : Buffer.concat([Buffer.from(head), c, CLOSE]);
}

/**
 * Reads a check result document written by `encodeCheckDocument` (any
 * layout); `placements` must hold those it refers to (`readCheckPlacements`).
 */
export function decodeCheckDocument(
  text: string,
  placements?: PlacementsById,
): StoredCheckResult[] {
  const parsed = JSON.parse(text) as CheckDocument | LegacyEncodedCheck[];
  if (Array.isArray(parsed)) {
    return parsed.map(fields =>
      toResult(fields, fields[7], fields.length > 8, fields[8]),
    );
  }
  const { t, i, c, p } = parsed;
  const placed = p === undefined ? undefined : placements?.get(p);
  if (p !== undefined && !placed) {
    throw new Error(`Check placements ${p} of a check document are missing`);
  }
  return c.map((fields, n) => {
    const updatedAt = t[i ? i[n] : 0];
    if (fields.length >= 7) {
      return toResult(
        fields as EncodedCheck,
        updatedAt,
        fields.length > 7,
        fields[7],
      );
    }
    return toPlacedResult(fields as PlacedCheck, updatedAt, placed!);
  });
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

function toPlacedResult(
  fields: PlacedCheck,
  updatedAt: string,
  placements: CheckPlacements,
): StoredCheckResult {
  const placement = placements.get(fields[0]);
  if (!placement) {
    throw new Error(
      `Check ${fields[0]} is missing from check placements ${placements.id}`,
    );
  }
  const check: StoredCheckResult = {
    checkId: fields[0],
    domainId: placement[0],
    capabilityId: placement[1],
    level: placement[2],
    status: fields[1],
    source: fields[2],
    message: fields[3],
    updatedAt,
  };
  if (fields.length > 4) check.value = fields[4] as JsonValue;
  return check;
}
