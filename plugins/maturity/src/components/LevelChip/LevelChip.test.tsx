import { screen } from '@testing-library/react';
import { levels } from '../../__testUtils__/fixtures';
import { LevelChip } from './LevelChip';
import { renderTranslated } from '../../__testUtils__/translation';

describe('LevelChip', () => {
  it('shows the level number and gives the full label to screen readers', () => {
    renderTranslated(<LevelChip level={3} levels={levels} />);
    expect(screen.getByText('L3')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Level 3 · Comprehensive')).toBeInTheDocument();
    expect(screen.getByTitle('Level 3 · Comprehensive')).toHaveStyle({
      backgroundColor: '#c0ca33',
    });
  });

  it('shows titles, level 0 and not applicable', () => {
    const { rerender } = renderTranslated(
      <LevelChip level={0} levels={levels} showTitle />,
    );
    expect(screen.getByText('L0 Below Initial')).toBeInTheDocument();
    rerender(<LevelChip level={null} />);
    expect(screen.getByText('N/A')).toBeInTheDocument();
    expect(screen.getByText('Not applicable')).toBeInTheDocument();
  });

  it('names levels with the CAICT terms in zh-CN', () => {
    const { rerender } = renderTranslated(
      <LevelChip level={3} showTitle />,
      'zh-CN',
    );
    expect(screen.getByText('L3 全面级')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(screen.getByText('3级 · 全面级')).toBeInTheDocument();
    rerender(<LevelChip level={0} showTitle />);
    expect(screen.getByText('L0 未达初始级')).toBeInTheDocument();
    rerender(<LevelChip level={null} />);
    expect(screen.getAllByText('不适用')).toHaveLength(2);
  });
});
