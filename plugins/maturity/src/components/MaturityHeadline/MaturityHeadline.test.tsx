import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { scorecard } from '../../__testUtils__/fixtures';
import { MaturityHeadline } from './MaturityHeadline';

describe('MaturityHeadline', () => {
  it('shows the overall level, score, evaluation time and overall next steps', async () => {
    await renderInTestApp(<MaturityHeadline scorecard={scorecard} />);
    const overall = screen.getByRole('region', {
      name: 'Overall level (weakest domain)',
    });
    expect(
      within(overall).getByText('Level 1 · Initial', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(within(overall).getByText(/Score 55%/)).toBeInTheDocument();
    expect(screen.getByText(/last evaluated/)).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveAttribute(
      'dateTime',
      scorecard.evaluatedAt,
    );
    expect(
      screen.getByText('To reach overall Level 2 · Foundation'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Re-evaluate now' }),
    ).toBeNull();
  });

  it('offers a refresh when permitted', async () => {
    const onRefresh = jest.fn();
    await renderInTestApp(
      <MaturityHeadline
        scorecard={scorecard}
        canRefresh
        onRefresh={onRefresh}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Re-evaluate now' }),
    );
    expect(onRefresh).toHaveBeenCalled();
  });
});
