import { decodeCheckDocument, encodeCheckDocument } from './checkDocument';
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

  it('is positional: no key is repeated per check', () => {
    const text = encodeCheckDocument([check('a')]);
    expect(JSON.parse(text)).toEqual([
      [
        'a',
        'sre',
        'sre-slo',
        2,
        'passed',
        'techInsights',
        'a passed',
        '2026-01-01T00:00:00.000Z',
      ],
    ]);
  });
});
