import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import { TrendSection } from './TrendSection';

const items = [
  {
    day: '2024-04-01',
    groupRef: 'group:default/a',
    domainId: 'sre',
    entityCount: 2,
    averageLevel: 1,
    averageScore: 0.2,
  },
  {
    day: '2024-04-02',
    groupRef: 'group:default/a',
    domainId: 'sre',
    entityCount: 2,
    averageLevel: 2,
    averageScore: 0.4,
  },
];

describe('TrendSection', () => {
  it('charts the average level per day and summarises it', async () => {
    const api = fakeMaturityApi({ getRollupTrend: async () => ({ items }) });
    await renderWithApis(
      <TrendSection
        groupRef="group:default/a"
        groups={[{ groupRef: 'group:default/a', title: 'A' }]}
        domains={[{ id: 'sre', title: 'SRE' }]}
        domainId="sre"
      />,
      { api },
    );
    expect(
      await screen.findByText(/SRE average 1\.0 on .*, 2\.0 on/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Average SRE level per day/ }),
    ).toBeInTheDocument();
    expect(api.getRollupTrend).toHaveBeenCalledWith(
      expect.objectContaining({
        group: 'group:default/a',
        domain: 'sre',
        model: undefined,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Period/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Last 365 days' }),
    );
    await waitFor(() => expect(api.getRollupTrend).toHaveBeenCalledTimes(2));
  });

  it('shows empty and error states', async () => {
    const { unmount } = await renderWithApis(
      <TrendSection groups={[]} domains={[]} showOverall />,
      { api: fakeMaturityApi({ getRollupTrend: async () => ({ items: [] }) }) },
    );
    expect(
      await screen.findByText('No daily snapshots in this period yet.'),
    ).toBeInTheDocument();
    unmount();
    await renderWithApis(<TrendSection groups={[]} domains={[]} />, {
      api: fakeMaturityApi({
        getRollupTrend: async () => Promise.reject(new Error('trend down')),
      }),
    });
    expect((await screen.findAllByText(/trend down/)).length).toBeGreaterThan(
      0,
    );
  });
});
