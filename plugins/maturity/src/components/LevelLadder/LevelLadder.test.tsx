import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { levels, scorecard } from '../../__testUtils__/fixtures';
import { LevelLadder } from './LevelLadder';

const sre = scorecard.domains.find(d => d.domainId === 'sre')!;

describe('LevelLadder', () => {
  it('shows levels 1–5, reached or not, with the checks of each level', async () => {
    await renderInTestApp(<LevelLadder domain={sre} levels={levels} />);
    const one = screen.getByRole('region', { name: 'Level 1 · Initial' });
    expect(one).toHaveTextContent('Reached');
    expect(within(one).getAllByRole('article')).toHaveLength(2);
    const two = screen.getByRole('region', { name: 'Level 2 · Foundation' });
    expect(two).toHaveTextContent('Not reached');
    expect(
      within(two).getByRole('article', { name: 'Check SLOs are defined' }),
    ).toBeInTheDocument();
    // the next level's checks have their remediation open
    expect(await within(two).findByText('Fix sre-slo')).toBeInTheDocument();
    expect(screen.getAllByText('No checks at this level.')).toHaveLength(3);
  });
});
