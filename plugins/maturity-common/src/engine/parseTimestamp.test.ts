import fc from 'fast-check';
import { parseTimestamp } from './parseTimestamp';

const pad = (value: number, width: number) =>
  String(value).padStart(width, '0');

describe('parseTimestamp', () => {
  it('reads the UTC layouts it computes itself', () => {
    expect(parseTimestamp('2026-11-26T07:20:21.123Z')).toBe(
      Date.UTC(2026, 10, 26, 7, 20, 21, 123),
    );
    expect(parseTimestamp('2024-02-29T23:59:59Z')).toBe(
      Date.UTC(2024, 1, 29, 23, 59, 59),
    );
    expect(parseTimestamp('1969-12-31')).toBe(-86_400_000);
    expect(parseTimestamp('0000-03-01')).toBe(Date.parse('0000-03-01'));
  });

  it('leaves other texts to Date.parse', () => {
    for (const text of [
      '2026-02-30T00:00:00Z',
      '2026-02-29',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T00:00:00.000+02:00',
      '2026-01-01t00:00:00z',
      '2026-1-01',
      '+002026-01-01',
      'Nov 26, 2026',
      '2026-01-01T00:00:0xZ',
      'not a date',
      '',
    ]) {
      expect(parseTimestamp(text)).toBe(Date.parse(text)); // NaN is NaN for toBe
    }
    expect(parseTimestamp(42 as unknown as string)).toBe(Date.parse('42'));
    expect(parseTimestamp(null as unknown as string)).toBeNaN();
  });

  it('equals Date.parse on ISO timestamps and their date and second prefixes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
        ms => {
          const iso = new Date(ms).toISOString();
          for (const text of [iso, iso.slice(0, 10), `${iso.slice(0, 19)}Z`])
            expect(parseTimestamp(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('equals Date.parse on timestamps with any field values and any one character replaced', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 999 }),
        ),
        fc.nat(),
        fc.constantFrom(...'0123456789-T:.Z x+'),
        ([year, month, day, hours, minutes, seconds, millis], at, char) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(
            hours,
            2,
          )}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
          for (const candidate of [
            text,
            text.slice(0, 10),
            `${text.slice(0, 19)}Z`,
          ]) {
            const i = at % candidate.length;
            const changed = `${candidate.slice(0, i)}${char}${candidate.slice(
              i + 1,
            )}`;
            expect(parseTimestamp(candidate)).toBe(Date.parse(candidate));
            expect(parseTimestamp(changed)).toBe(Date.parse(changed));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
