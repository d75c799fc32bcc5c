import { screen } from '@testing-library/react';
import { renderWithApis } from '../../__testUtils__/render';
import { fakeRunsApi } from '../../__testUtils__/runFixtures';
import { RunsTab } from './RunsTab';

jest.setTimeout(30_000);

// Its own file: permission decisions are cached per test file.
describe('RunsTab without maturity.admin', () => {
  it('lists the runs but offers no Evaluate catalog now', async () => {
    const api = fakeRunsApi();
    await renderWithApis(<RunsTab />, { api, allowed: [] });
    await screen.findByRole('table', { name: 'Evaluation runs' });
    // the permission decision has had time to arrive
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(
      screen.queryByRole('button', { name: 'Evaluate catalog now' }),
    ).not.toBeInTheDocument();
    expect(api.triggerRun).not.toHaveBeenCalled();
  });
});
