import {
  decodeCheckDocument,
  encodeCheckDocument,
  serializeChecks,
} from './checkDocument';
import { checkPlacements } from './checkPlacements';
import type { StoredCheckResult } from './types';

const check = (
  checkId: string,
  extra: Partial<StoredCheckResult> = {},
): StoredCheckResult => ({
  checkId,
  domainId: 'sre',
  capabilityId: 'sre-slo',
  level: 2,
  status: 'passed',
  source: 'techInsights',
  message: `${checkId} passed`,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('check result documents', () => {
  it('read back what was written, in order, values of every kind', () => {
    const checks = [
      check('z'),
      check('a', { value: null }),
      check('m', { value: { b: [1, 'x'], a: true } }),
      check('n', { value: 0, status: 'failed', message: 'tab\tnew\nline' }),
    ];
    const decoded = decodeCheckDocument(encodeCheckDocument(checks));
    expect(decoded).toEqual(checks);
    expect(decoded[0]).not.toHaveProperty('value');
    expect(decoded[1].value).toBeNull();
  });

  it('is positional, with each update time written once', () => {
    const later = '2026-02-01T00:00:00.000Z';
    const text = encodeCheckDocument([
      check('a'),
      check('b', { updatedAt: later, value: 3 }),
      check('c'),
    ]);
    const fields = (id: string) => [
      id,
      'sre',
      'sre-slo',
      2,
      'passed',
      'techInsights',
      `${id} passed`,
    ];
    expect(JSON.parse(text)).toEqual({
      t: ['2026-01-01T00:00:00.000Z', later],
      i: [0, 1, 0],
      c: [fields('a'), [...fields('b'), 3], fields('c')],
    });
  });

  it('takes the results as serialised for the digest, unchanged', () => {
    const checks = [check('a'), check('b', { value: null })];
    const serialized = serializeChecks(checks);
    expect(encodeCheckDocument(checks, { serialized })).toBe(
      encodeCheckDocument(checks),
    );
    expect(
      decodeCheckDocument(encodeCheckDocument(checks, { serialized })),
    ).toEqual(checks);
  });

  it('reads documents of the first layout, with a time per check', () => {
    const legacy = JSON.stringify([
      [
        'a',
        'sre',
        'sre-slo',
        2,
        'passed',
        'catalog',
        'ok',
        '2026-01-01T00:00:00.000Z',
      ],
      [
        'b',
        'sre',
        'sre-slo',
        3,
        'failed',
        'catalog',
        'no',
        '2026-01-02T00:00:00.000Z',
        null,
      ],
    ]);
    expect(decodeCheckDocument(legacy)).toEqual([
      check('a', { source: 'catalog', message: 'ok' }),
      check('b', {
        level: 3,
        status: 'failed',
        source: 'catalog',
        message: 'no',
        updatedAt: '2026-01-02T00:00:00.000Z',
        value: null,
      }),
    ]);
  });

  describe('with check placements (the current layout)', () => {
    const placements = checkPlacements([
      { checkId: 'a', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
      { checkId: 'b', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
      { checkId: 'c', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
    ]);
    const byId = new Map([[placements.id, placements]]);

    it('leaves out what the placements say and reads it back from them', () => {
      const later = '2026-02-01T00:00:00.000Z';
      const checks = [
        check('a', { value: null }),
        check('b', { updatedAt: later, value: { x: [1] } }),
        check('c', { status: 'failed', message: 'tab\tnew\nline' }),
      ];
      const text = encodeCheckDocument(checks, { placements });
      expect(JSON.parse(text)).toEqual({
        p: placements.id,
        t: ['2026-01-01T00:00:00.000Z', later],
        i: [0, 1, 0],
        c: [
          ['a', 'passed', 'techInsights', 'a passed', null],
          ['b', 'passed', 'techInsights', 'b passed', { x: [1] }],
          ['c', 'failed', 'techInsights', 'tab\tnew\nline'],
        ],
      });
      const decoded = decodeCheckDocument(text, byId);
      expect(decoded).toEqual(checks);
      expect(decoded[2]).not.toHaveProperty('value');
    });

    it('leaves out the time indexes when every result changed at the first time', () => {
      const text = encodeCheckDocument([check('a'), check('b')], {
        placements,
      });
      expect(JSON.parse(text)).not.toHaveProperty('i');
      expect(decodeCheckDocument(text, byId)).toEqual([check('a'), check('b')]);
    });

    it('keeps every field of results placed otherwise or unknown to the placements', () => {
      const checks = [
        check('a', { capabilityId: 'sre-moved' }),
        check('b', { level: 3, value: 7 }),
        check('z', { domainId: 'ops' }),
        check('c'),
      ];
      const text = encodeCheckDocument(checks, { placements });
      const c = JSON.parse(text).c;
      expect(c.map((fields: unknown[]) => fields.length)).toEqual([7, 8, 7, 4]);
      expect(decodeCheckDocument(text, byId)).toEqual(checks);
    });

    it('writes the same document from text or bytes of the serialised results', () => {
      const checks = [check('a'), check('z', { value: '≥ 3 → é' })];
      const serialized = serializeChecks(checks, placements);
      const text = encodeCheckDocument(checks, { placements });
      expect(encodeCheckDocument(checks, { placements, serialized })).toBe(
        text,
      );
      const bytes = encodeCheckDocument(checks, {
        placements,
        serialized: Buffer.from(serialized),
      });
      expect(Buffer.isBuffer(bytes)).toBe(true);
      expect(bytes.toString()).toBe(text);
    });

    it('refuses to read without the placements the document refers to', () => {
      const text = encodeCheckDocument([check('a')], { placements });
      expect(() => decodeCheckDocument(text)).toThrow(
        `Check placements ${placements.id} of a check document are missing`,
      );
      const other = checkPlacements([]);
      const compact = JSON.stringify({
        p: other.id,
        t: ['2026-01-01T00:00:00.000Z'],
        c: [['a', 'passed', 'catalog', 'ok']],
      });
      expect(() =>
        decodeCheckDocument(compact, new Map([[other.id, other]])),
      ).toThrow(`Check a is missing from check placements ${other.id}`);
    });

    it('names placements by their content', () => {
      const same = checkPlacements([
        { checkId: 'a', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
        { checkId: 'b', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
        { checkId: 'c', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
      ]);
      const moved = checkPlacements([
        { checkId: 'a', domainId: 'sre', capabilityId: 'sre-slo', level: 3 },
        { checkId: 'b', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
        { checkId: 'c', domainId: 'sre', capabilityId: 'sre-slo', level: 2 },
      ]);
      expect(same.id).toBe(placements.id);
      expect(moved.id).not.toBe(placements.id);
      expect(placements.id).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
