import fc from 'fast-check';

/** Values the generators combine with random data to reach deep code paths. */
export interface FuzzVocabulary {
  entityRefs: string[];
  groupRefs: string[];
  modelIds: string[];
  domainIds: string[];
  checkIds: string[];
  /** Checks that take attestations. */
  attestableCheckIds: string[];
  /** How many Authorization header variants the caller offers. */
  authVariants: number;
}

/** Marks a path segment the sender replaces with the id of a created waiver. */
export const WAIVER_ID = '__waiver_id__';

const ODD_TEXT = [
  '',
  ' ',
  '-1',
  '0',
  '99999999999999999999999',
  '9007199254740993',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '2.5',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '..',
  '.',
  'a'.repeat(64),
  'a'.repeat(254),
];

/** Percent sequences a client may send verbatim: broken, overlong, NUL, slash. */
export const RAW_PERCENT = [
  '%',
  '%z',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%FF',
  '%00',
  '%2F',
  '%2e%2e',
  '%252F',
  '%u0041',
];

export const DATES = [
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.000+14:00',
  '2026-13-45T99:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  'yesterday',
  '2026-01-01',
  '1700000000000',
];

/** Any text: printable ASCII, full unicode graphemes, or control characters. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
  fc.constantFrom(...ODD_TEXT),
);
