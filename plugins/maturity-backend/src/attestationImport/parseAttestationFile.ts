import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  formatModelPath,
  ModelPath,
} from '@devops-maturity/plugin-maturity-common';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseDocument,
  YAMLMap,
} from 'yaml';
import type { AttestationCheckLookup } from './lookupAttestationCheck';
import { parseAttestedAt } from './parseAttestedAt';
import type { AttestationFileProblem } from './problems';

const DAY_MS = 24 * 3600 * 1000;
const REQUIRED = [
  'entity',
  'check',
  'attestedBy',
  'attestedAt',
  'evidenceUrl',
] as const;
const KEYS: readonly string[] = [...REQUIRED, 'comment'];

/** One valid entry of an attestation import file. */
export interface FileAttestation {
  /** Normalized, e.g. `component:default/quickpay-gateway`. */
  entityRef: string;
  checkId: string;
  /** Normalized user entity ref. */
  author: string;
  attestedAt: Date;
  /** `attestedAt` plus the check's validity; may be in the past. */
  expiresAt: Date;
  /** `attestedAt` was relative to the day of the import. */
  relative: boolean;
  evidenceUrl: string;
  comment?: string;
  /** 1-based line of the entry. */
  line: number;
  column: number;
}

/** The entries of a file, or every problem found in it (then no entry). */
export interface ParsedAttestationFile {
  attestations: FileAttestation[];
  problems: AttestationFileProblem[];
}

/**
 * Parses and validates one attestation import file (YAML, format in the
 * plugin's README). Every problem is reported with its line, column and
 * path; a file with any problem yields no entry.
 */
export function parseAttestationFile(options: {
  text: string;
  file: string;
  lookupCheck: (checkId: string) => AttestationCheckLookup;
  now: Date;
}): ParsedAttestationFile {
  const { text, file, lookupCheck, now } = options;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: AttestationFileProblem[] = [];
  const report = (node: unknown, path: ModelPath, message: string) => {
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    problems.push({
      file,
      line,
      column: col,
      path: formatModelPath(path),
      message,
    });
  };

  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({
      file,
      line,
      column: col,
      path: '(yaml)',
      message:
        error.code === 'DUPLICATE_KEY'
          ? 'duplicate key in a mapping'
          : `invalid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (problems.length > 0) return { attestations: [], problems };

  const root = document.contents;
  const list = isMap(root) ? root.get('attestations', true) : undefined;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (key !== 'attestations') {
        report(pair.key, [key], "unknown key (expected 'attestations')");
      }
    }
  }
  if (!isSeq(list)) {
    report(
      list ?? root,
      ['attestations'],
      "expected a top-level 'attestations' list",
    );
    return { attestations: [], problems };
  }

  const attestations: FileAttestation[] = [];
  list.items.forEach((item, index) => {
    const parsed = readEntry(item, ['attestations', index], {
      report,
      lookupCheck,
      now,
    });
    if (parsed) {
      const { line, col } = lineCounter.linePos((item as Node).range?.[0] ?? 0);
      attestations.push({ ...parsed, line, column: col });
    }
  });
  problems.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return problems.length > 0
    ? { attestations: [], problems }
    : { attestations, problems };
}

type Report = (node: unknown, path: ModelPath, message: string) => void;

function readEntry(
  item: unknown,
  path: ModelPath,
  context: {
    report: Report;
    lookupCheck: (checkId: string) => AttestationCheckLookup;
    now: Date;
  },
): Omit<FileAttestation, 'line' | 'column'> | undefined {
  const { report, lookupCheck, now } = context;
  if (!isMap(item)) {
    report(item, path, `expected a mapping with ${REQUIRED.join(', ')}`);
    return undefined;
  }
  let valid = true;
  const fail = (node: unknown, key: string, message: string) => {
    report(node, [...path, key], message);
    valid = false;
  };

  for (const pair of item.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!KEYS.includes(key)) {
      fail(pair.key, key, `unknown key (expected ${KEYS.join(', ')})`);
    }
  }
  const { values: strings, invalid } = readStrings(item, path, report);
  if (invalid) valid = false;
  for (const key of REQUIRED) {
    if (!item.has(key)) {
      report(item, path, `missing '${key}'`);
      valid = false;
    }
  }
  const node = (key: string) => item.get(key, true);

  const entityRef =
    strings.entity !== undefined
      ? readRef(strings.entity, undefined)
      : undefined;
  if (strings.entity !== undefined && !entityRef) {
    fail(
      node('entity'),
      'entity',
      `'${strings.entity}' is not an entity ref like component:default/name`,
    );
  }
  const author =
    strings.attestedBy !== undefined
      ? readRef(strings.attestedBy, 'user')
      : undefined;
  if (strings.attestedBy !== undefined && !author) {
    fail(
      node('attestedBy'),
      'attestedBy',
      `'${strings.attestedBy}' is not a user entity ref like user:default/name`,
    );
  }

  let validForDays: number | undefined;
  if (strings.check !== undefined) {
    const check = lookupCheck(strings.check);
    if (check.kind === 'attestation') {
      validForDays = check.validForDays;
    } else if (check.kind === 'automated') {
      fail(
        node('check'),
        'check',
        `'${strings.check}' is not an attestation check (model '${check.modelId}' evaluates it by a rule)`,
      );
    } else {
      fail(
        node('check'),
        'check',
        `unknown check '${
          strings.check
        }' (in none of the loaded models: ${check.modelIds.join(', ')})`,
      );
    }
  }

  const attestedAt =
    strings.attestedAt !== undefined
      ? parseAttestedAt(strings.attestedAt, now)
      : undefined;
  if (strings.attestedAt !== undefined) {
    if (!attestedAt) {
      fail(
        node('attestedAt'),
        'attestedAt',
        `'${strings.attestedAt}' is not an ISO date, an ISO date-time or a relative date like -30d`,
      );
    } else if (attestedAt.at.getTime() > now.getTime()) {
      fail(
        node('attestedAt'),
        'attestedAt',
        `'${strings.attestedAt}' is in the future`,
      );
    } else if (
      attestedAt.relative &&
      validForDays !== undefined &&
      attestedAt.at.getTime() + validForDays * DAY_MS <= now.getTime()
    ) {
      fail(
        node('attestedAt'),
        'attestedAt',
        `'${strings.attestedAt}' would be expired on import: a relative date must lie within the check's ${validForDays} days of validity`,
      );
    }
  }

  if (strings.evidenceUrl !== undefined && !isHttpsUrl(strings.evidenceUrl)) {
    fail(
      node('evidenceUrl'),
      'evidenceUrl',
      `'${strings.evidenceUrl}' is not an https URL`,
    );
  }

  if (
    !valid ||
    !entityRef ||
    !author ||
    !attestedAt ||
    validForDays === undefined ||
    strings.check === undefined ||
    strings.evidenceUrl === undefined
  ) {
    return undefined;
  }
  return {
    entityRef,
    checkId: strings.check,
    author,
    attestedAt: attestedAt.at,
    expiresAt: new Date(attestedAt.at.getTime() + validForDays * DAY_MS),
    relative: attestedAt.relative,
    evidenceUrl: strings.evidenceUrl,
    ...(strings.comment !== undefined ? { comment: strings.comment } : {}),
  };
}

/**
 * The values of the known keys, each a non-empty string; other values are
 * reported and left out (then `invalid` is set).
 */
function readStrings(
  item: YAMLMap,
  path: ModelPath,
  report: Report,
): { values: Partial<Record<string, string>>; invalid: boolean } {
  const values: Partial<Record<string, string>> = {};
  let invalid = false;
  for (const key of KEYS) {
    if (!item.has(key)) continue;
    const value = item.get(key, true);
    if (
      !isScalar(value) ||
      typeof value.value !== 'string' ||
      value.value.trim() === ''
    ) {
      report(value ?? item, [...path, key], 'must be a non-empty string');
      invalid = true;
      continue;
    }
    values[key] = value.value;
  }
  return { values, invalid };
}

/** A normalized entity ref; the kind is required (and must match if given). */
function readRef(value: string, kind: string | undefined): string | undefined {
  if (!value.includes(':')) return undefined;
  try {
    const ref = parseEntityRef(value);
    if (kind && ref.kind.toLocaleLowerCase('en-US') !== kind) return undefined;
    return stringifyEntityRef(ref);
  } catch {
    return undefined;
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
