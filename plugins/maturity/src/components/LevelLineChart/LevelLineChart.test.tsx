import { screen, waitFor } from '@testing-library/react';
import { LevelLineChart } from './LevelLineChart';
import { renderTranslated } from '../../__testUtils__/translation';

describe('LevelLineChart', () => {
  it('has an accessible description and loads the chart lazily', async () => {
    const { container } = renderTranslated(
      <LevelLineChart
        rows={[
          { time: 1, overall: 1 },
          { time: 2, overall: 2 },
        ]}
        series={[{ key: 'overall', name: 'Overall' }]}
        step
        description="Level history of Overall"
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Level history of Overall' }),
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
