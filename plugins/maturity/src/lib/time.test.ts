import {
  daysAgo,
  endOfDay,
  formatDay,
  formatRelativeTime,
  toDateInputValue,
} from './time';

describe('time helpers', () => {
  it('formats relative times', () => {
    const now = new Date('2024-05-01T12:00:00.000Z');
    expect(formatRelativeTime('2024-05-01T09:00:00.000Z', now)).toBe(
      '3 hours ago',
    );
    expect(formatRelativeTime('2024-05-03T12:00:00.000Z', now)).toBe(
      'in 2 days',
    );
    expect(formatRelativeTime(undefined, now)).toBe('–');
  });

  it('converts date input values', () => {
    expect(toDateInputValue(new Date(2024, 1, 3))).toBe('2024-02-03');
    expect(endOfDay('2024-02-03')).toEqual(
      new Date(2024, 1, 3, 23, 59, 59, 999),
    );
    expect(endOfDay('3.2.2024')).toBeUndefined();
    expect(daysAgo(1, new Date('2024-05-02T00:00:00.000Z'))).toBe(
      '2024-05-01T00:00:00.000Z',
    );
  });

  it('formats calendar days without shifting them across time zones', () => {
    expect(formatDay('2024-05-03')).toBe(
      new Date(2024, 4, 3).toLocaleDateString(undefined, {
        dateStyle: 'medium',
      }),
    );
    expect(formatDay('2024-05-03')).toContain('3');
    expect(formatDay('not a day')).toBe('not a day');
  });
});
