import { screen, within } from '@testing-library/react';
import { aggregate } from '../../__testUtils__/fixtures';
import { LevelDistribution } from './LevelDistribution';
import { renderTranslated } from '../../__testUtils__/translation';

describe('LevelDistribution', () => {
  it('counts entities per level with the average, per domain', () => {
    renderTranslated(
      <LevelDistribution
        overall={aggregate(2.5, 4, { '2': 2, '3': 2 })}
        aggregates={{ sre: aggregate(null, 0) }}
        domains={[{ id: 'sre', title: 'SRE' }]}
      />,
    );
    const table = screen.getByRole('table', {
      name: 'Level distribution per domain',
    });
    const overall = within(table).getByRole('row', { name: /^Overall/ });
    expect(
      within(overall)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['4', '2.5', '0', '0', '2', '2', '0', '0', '']);
    const sre = within(table).getByRole('row', { name: /^SRE/ });
    expect(within(sre).getAllByRole('cell')[1]).toHaveTextContent('–');
  });
});
