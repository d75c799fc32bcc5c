import { InputError } from '@backstage/errors';
import { chunk, rowsPerStatement, statementLimits } from './chunks';
import { decodeCursor, encodeCursor } from './cursor';
import { optionalJson, parseOptionalJson, stableJson } from './json';
import { assertDay, normalizeTimestamp, toDay, toIso } from './time';

describe('chunks', () => {
  it('splits lists', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });

  it('keeps inserts under 999 variables and 500 rows', () => {
    expect(rowsPerStatement(11)).toBe(90);
    expect(rowsPerStatement(1)).toBe(500);
    expect(rowsPerStatement(2000)).toBe(1);
    for (const columns of [3, 7, 8, 11, 14]) {
      expect(rowsPerStatement(columns) * columns).toBeLessThanOrEqual(999);
    }
  });

  it('writes far more rows per statement on PostgreSQL, within its 65 535 variables', () => {
    const postgres = statementLimits('postgresql');
    expect(rowsPerStatement(8, postgres)).toBe(5000);
    expect(rowsPerStatement(14, postgres)).toBe(4681);
    expect(rowsPerStatement(14, postgres) * 14).toBeLessThanOrEqual(65_535);
    expect(statementLimits('sqlite3')).toEqual(statementLimits(undefined));
    expect(rowsPerStatement(11, statementLimits('sqlite3'))).toBe(90);
  });
});

describe('cursor', () => {
  it('round-trips refs and refuses anything else', () => {
    const ref = 'component:default/ü-service';
    expect(decodeCursor(encodeCursor(ref))).toBe(ref);
    expect(() => decodeCursor('%%%')).toThrow(InputError);
    expect(() =>
      decodeCursor(Buffer.from('{"x":1}').toString('base64url')),
    ).toThrow(InputError);
  });
});

describe('json', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(stableJson({ b: [{ d: 1, c: 2 }], a: null })).toBe(
      '{"a":null,"b":[{"c":2,"d":1}]}',
    );
    expect(optionalJson(undefined)).toBeNull();
    expect(optionalJson(null)).toBe('null');
    expect(parseOptionalJson(null)).toBeUndefined();
    expect(parseOptionalJson('null')).toBeNull();
  });
});

describe('time', () => {
  it('stores fixed-width UTC timestamps and days', () => {
    expect(toIso(new Date('2026-01-02T03:04:05+02:00'))).toBe(
      '2026-01-02T01:04:05.000Z',
    );
    expect(normalizeTimestamp('2026-01-02', 'at')).toBe(
      '2026-01-02T00:00:00.000Z',
    );
    expect(() => normalizeTimestamp('tomorrow', 'at')).toThrow(InputError);
    expect(() => toIso(new Date('x'))).toThrow(InputError);
    expect(toDay(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
    expect(assertDay('2028-02-29')).toBe('2028-02-29');
    expect(() => assertDay('2026-02-29')).toThrow(InputError);
    expect(() => assertDay('2026-1-1')).toThrow(InputError);
  });
});
