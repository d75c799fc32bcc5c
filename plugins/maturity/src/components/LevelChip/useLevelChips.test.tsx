import { screen } from '@testing-library/react';
import { levels } from '../../__testUtils__/fixtures';
import { renderTranslated } from '../../__testUtils__/translation';
import { levelLabel } from '../../lib/levels';
import { useLevelChips } from './useLevelChips';

jest.mock('../../lib/levels', () => {
  const actual = jest.requireActual('../../lib/levels');
  return { ...actual, levelLabel: jest.fn(actual.levelLabel) };
});

function ChipRow(props: { cells: Array<number | null> }) {
  const chip = useLevelChips(levels);
  return (
    <div>
      {props.cells.map((level, i) => (
        <span key={i}>{chip(level, { size: 'small' })}</span>
      ))}
    </div>
  );
}

describe('useLevelChips', () => {
  it('draws each chip as LevelChip does, looking each level up once', () => {
    renderTranslated(<ChipRow cells={[3, 3, 3, 1, null, 1]} />);
    expect(screen.getAllByText('L3')).toHaveLength(3);
    expect(screen.getAllByTitle('Level 3 · Comprehensive')).toHaveLength(3);
    expect(screen.getAllByText('Level 1 · Initial')).toHaveLength(2);
    expect(screen.getAllByText('N/A')).toHaveLength(1);
    // one label per distinct level, not per chip
    expect(levelLabel).toHaveBeenCalledTimes(3);
  });
});
