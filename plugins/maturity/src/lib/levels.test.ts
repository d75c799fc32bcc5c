import { levels } from '../__testUtils__/fixtures';
import {
  formatAverage,
  formatScore,
  levelColours,
  levelLabel,
  levelName,
  levelTitle,
} from './levels';

describe('levels', () => {
  it('names levels from the model, with level 0 and not applicable', () => {
    expect(levelTitle(4, levels)).toBe('Excellent');
    expect(levelTitle(2)).toBe('Foundation');
    expect(levelName(0, levels)).toBe('Below Initial');
    expect(levelName(null)).toBe('Not applicable');
    expect(levelLabel(3, [{ level: 3, title: 'Defined' }])).toBe(
      'Level 3 · Defined',
    );
    expect(levelLabel(null)).toBe('Not applicable');
  });

  it('colours levels, rounding averages down', () => {
    expect(levelColours(2.9)).toEqual(levelColours(2));
    expect(levelColours(5)).not.toEqual(levelColours(4));
    expect(levelColours(null).background).toBe('#e0e0e0');
    expect(levelColours(9)).toEqual(levelColours(5));
  });

  it('formats scores and averages', () => {
    expect(formatScore(0.554)).toBe('55%');
    expect(formatScore(null)).toBe('–');
    expect(formatAverage(2.25)).toBe('2.3');
    expect(formatAverage(undefined)).toBe('–');
  });
});
