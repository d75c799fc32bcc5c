import { render, screen, waitFor } from '@testing-library/react';
import { LevelLineChart } from './LevelLineChart';

describe('LevelLineChart', () => {
  it('has an accessible description and loads the chart lazily', async () => {
    const { container } = render(
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
