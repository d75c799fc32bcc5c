import { screen } from '@testing-library/react';
import { levels, scorecard } from '../../__testUtils__/fixtures';
import { domainNextSteps } from '../../lib/nextSteps';
import { NextLevelList } from './NextLevelList';
import { renderTranslated } from '../../__testUtils__/translation';

const pe = scorecard.domains.find(d => d.domainId === 'platform-engineering')!;

describe('NextLevelList', () => {
  it('lists the checks for the next level with their status', () => {
    renderTranslated(
      <NextLevelList
        currentLevel={1}
        steps={domainNextSteps(pe)}
        levels={levels}
        showDomain
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'To reach Level 2 · Foundation' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The component belongs to an existing system'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Platform Engineering · no partOf relation/),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Failed' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Unknown (no evidence)' }),
    ).toBeInTheDocument();
  });

  it('says when the top level is reached or nothing applies', () => {
    const { rerender } = renderTranslated(
      <NextLevelList currentLevel={5} steps={[]} levels={levels} />,
    );
    expect(
      screen.getByText('Top level reached: Level 5 · Outstanding.'),
    ).toBeInTheDocument();
    rerender(<NextLevelList currentLevel={null} steps={[]} />);
    expect(screen.getByText(/No checks apply/)).toBeInTheDocument();
  });
});
