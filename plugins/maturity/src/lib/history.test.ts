import { historyRows, trendRows } from './history';

const point = (domainId: string | null, level: number | null, at: string) => ({
  entityRef: 'component:default/x',
  modelId: 'm',
  domainId,
  level,
  previousLevel: null,
  score: 0,
  recordedAt: at,
});

describe('historyRows', () => {
  it('carries levels forward per change and ends at now', () => {
    const rows = historyRows(
      [
        point('sre', 2, '2024-02-01T00:00:00.000Z'),
        point(null, 1, '2024-01-01T00:00:00.000Z'),
        point('sre', 1, '2024-01-01T00:00:00.000Z'),
        point('agile', 3, '2024-01-15T00:00:00.000Z'),
      ],
      ['overall', 'sre'],
      new Date('2024-03-01T00:00:00.000Z'),
    );
    expect(rows).toEqual([
      { time: Date.parse('2024-01-01T00:00:00.000Z'), overall: 1, sre: 1 },
      { time: Date.parse('2024-02-01T00:00:00.000Z'), overall: 1, sre: 2 },
      { time: Date.parse('2024-03-01T00:00:00.000Z'), overall: 1, sre: 2 },
    ]);
    expect(historyRows([], ['overall'])).toEqual([]);
  });
});

describe('trendRows', () => {
  it('has a row per day with group averages and a weighted overall', () => {
    const p = (
      groupRef: string,
      day: string,
      averageLevel: number | null,
      entityCount: number,
    ) => ({
      day,
      groupRef,
      domainId: null,
      entityCount,
      averageLevel,
      averageScore: null,
    });
    const rows = trendRows(
      [
        p('group:default/a', '2024-01-02', 2, 1),
        p('group:default/a', '2024-01-01', 1, 1),
        p('group:default/b', '2024-01-01', 4, 3),
        p('group:default/c', '2024-01-01', 5, 10),
        p('group:default/b', '2024-01-02', null, 0),
      ],
      ['group:default/a', 'group:default/b'],
    );
    expect(rows).toEqual([
      {
        time: Date.parse('2024-01-01'),
        'group:default/a': 1,
        'group:default/b': 4,
        overall: 3.25,
      },
      {
        time: Date.parse('2024-01-02'),
        'group:default/a': 2,
        'group:default/b': null,
        overall: 2,
      },
    ]);
  });
});
