import { screen, waitFor } from '@testing-library/react';
import { DomainLevelsChart } from './DomainLevelsChart';
import { renderTranslated } from '../../__testUtils__/translation';

describe('DomainLevelsChart', () => {
  it('describes the levels as text and loads the chart lazily', async () => {
    const { container } = renderTranslated(
      <DomainLevelsChart
        domains={[
          {
            id: 'platform-engineering',
            title: 'Platform Engineering',
            level: 2,
          },
          { id: 'sre', title: 'SRE', level: 0 },
          { id: 'agile', title: 'Agile', level: null },
        ]}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Level per domain. Platform Engineering: level 2, SRE: level 0',
      }),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(
          container.querySelector('.recharts-responsive-container'),
        ).not.toBeNull(),
      { timeout: 10_000 },
    );
  });
});
