import {
  parseExpiry,
  validateComment,
  validateEvidenceUrl,
  validateReason,
} from './validation';

describe('validation', () => {
  it('requires an http(s) evidence URL', () => {
    expect(validateEvidenceUrl('')).toBe('An evidence URL is required');
    expect(validateEvidenceUrl('wiki page')).toMatch(/Enter a full URL/);
    expect(validateEvidenceUrl('mailto:team@example.com')).toMatch(
      /https:\/\//,
    );
    expect(validateEvidenceUrl(' https://wiki.example.com/x ')).toBeUndefined();
  });

  it('requires a reason of 3 to 4000 characters', () => {
    expect(validateReason('  ab ')).toMatch(/at least 3/);
    expect(validateReason('abc')).toBeUndefined();
    expect(validateReason('x'.repeat(4001))).toMatch(/too long/);
    expect(validateComment('x'.repeat(4001))).toMatch(/too long/);
    expect(validateComment('')).toBeUndefined();
  });

  it('accepts future expiry dates within the validity', () => {
    const now = new Date(2024, 0, 10, 12, 0, 0);
    expect(parseExpiry('', { now })).toEqual({});
    expect(parseExpiry('2024-01-10', { now }).error).toMatch(/future/);
    expect(parseExpiry('not-a-date', { now }).error).toMatch(/YYYY-MM-DD/);
    expect(parseExpiry('2024-01-11', { now }).expiresAt).toBe(
      new Date(2024, 0, 11, 23, 59, 59, 999).toISOString(),
    );
    expect(
      parseExpiry('2024-01-19', { now, maxDays: 10 }).error,
    ).toBeUndefined();
    // the last valid day is capped at exactly maxDays from now
    expect(parseExpiry('2024-01-20', { now, maxDays: 10 }).expiresAt).toBe(
      new Date(2024, 0, 20, 12, 0, 0).toISOString(),
    );
    expect(parseExpiry('2024-01-21', { now, maxDays: 10 }).error).toMatch(
      /10 days at most/,
    );
  });
});
