import {
  decodeCheckDocument,
  encodeCheckDocument,
  serializeChecks,
} from './checkDocument';
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
});
