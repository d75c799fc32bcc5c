import { computeBurnup } from './computeBurnup';

const change = (
  at: string,
  level: number | null,
  previousLevel: number | null,
) => ({
  at: `${at}T10:00:00.000Z`,
  level,
  previousLevel,
});

describe('computeBurnup', () => {
  it('counts each day the entities meeting every target, from their history', () => {
    const points = computeBurnup({
      startDate: '2026-01-01',
      targetDate: '2026-01-11',
      today: '2026-01-05',
      entities: [
        // met before the campaign existed
        [{ target: 3, current: 3, changes: [change('2025-12-01', 3, null)] }],
        // reaches the target on the 3rd
        [
          {
            target: 3,
            current: 3,
            changes: [
              change('2026-01-03', 3, 2),
              change('2025-06-01', 2, null),
            ],
          },
        ],
        // meets the first target but the second only on the 4th, regresses on the 5th
        [
          { target: 2, current: 2, changes: [change('2025-06-01', 2, null)] },
          {
            target: 3,
            current: 2,
            changes: [
              change('2025-06-01', 1, null),
              change('2026-01-04', 3, 1),
              change('2026-01-05', 2, 3),
            ],
          },
        ],
        // no history at all: the current level (0) on every day
        [{ target: 1, current: 0, changes: [] }],
      ],
    });
    expect(points.map(p => [p.date, p.meeting, p.inScope])).toEqual([
      ['2026-01-01', 1, 4],
      ['2026-01-02', 1, 4],
      ['2026-01-03', 2, 4],
      ['2026-01-04', 3, 4],
      ['2026-01-05', 2, 4],
    ]);
    // from 1 at the start to 4 at the target date, 10 days later
    expect(points.map(p => p.ideal)).toEqual([1, 1.3, 1.6, 1.9, 2.2]);
  });

  it('takes the replaced level before the first change when the history was pruned', () => {
    const [point] = computeBurnup({
      startDate: '2026-01-01',
      targetDate: '2026-02-01',
      today: '2026-01-01',
      entities: [
        [{ target: 2, current: 1, changes: [change('2026-01-10', 1, 2)] }],
      ],
    });
    expect(point.meeting).toBe(1);
  });

  it('counts an entity evaluated only after the start as in scope but not meeting before', () => {
    const points = computeBurnup({
      startDate: '2026-01-01',
      targetDate: '2026-01-31',
      today: '2026-01-03',
      entities: [
        [{ target: 2, current: 2, changes: [change('2026-01-02', 2, null)] }],
      ],
    });
    expect(points.map(p => [p.meeting, p.inScope])).toEqual([
      [0, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('ends at the target date and always has one point', () => {
    const past = computeBurnup({
      startDate: '2026-01-01',
      targetDate: '2026-01-03',
      today: '2026-06-01',
      entities: [],
    });
    expect(past.map(p => p.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
    ]);
    const future = computeBurnup({
      startDate: '2026-07-01',
      targetDate: '2026-08-01',
      today: '2026-06-01',
      entities: [[{ target: 1, current: 1, changes: [] }]],
    });
    expect(future).toEqual([
      { date: '2026-07-01', meeting: 1, inScope: 1, ideal: 1 },
    ]);
  });
});
