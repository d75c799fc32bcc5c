import { act, screen, within } from '@testing-library/react';
import { campaignSummaries } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import { GroupCampaigns } from './GroupCampaigns';

jest.setTimeout(20_000);

describe('GroupCampaigns', () => {
  it("lists the team's campaigns with the team's progress", async () => {
    const api = fakeMaturityApi({
      listGroupCampaigns: async () => ({ items: [campaignSummaries[0]] }),
    });
    await renderWithApis(
      <GroupCampaigns
        groupRef="group:default/payments"
        domains={[{ id: 'sre', title: 'SRE' }]}
      />,
      { api },
    );
    const list = await screen.findByRole('list', {
      name: 'Improvement campaigns',
    });
    expect(api.listGroupCampaigns).toHaveBeenCalledWith(
      'group:default/payments',
    );
    const item = within(list).getByRole('listitem');
    expect(
      within(item).getByRole('link', { name: 'SRE L3 for payments' }),
    ).toHaveAttribute('href', '/maturity/campaigns/sre-l3-2027');
    expect(item).toHaveTextContent(
      'SRE L3, Overall L2 by Mar 31, 2027 · 115 days left',
    );
    expect(item).toHaveTextContent('3 of 8 meet the targets (38%)');
    expect(item).toHaveTextContent('At risk');
  });

  it('shows nothing without campaigns', async () => {
    const api = fakeMaturityApi({
      listGroupCampaigns: async () => ({ items: [] }),
    });
    await renderWithApis(
      <GroupCampaigns groupRef="group:default/payments" domains={[]} />,
      { api },
    );
    expect(api.listGroupCampaigns).toHaveBeenCalled();
    // Let the answer arrive and render.
    await act(() => new Promise(resolve => setTimeout(resolve, 0)));
    expect(screen.queryByText('Improvement campaigns')).toBeNull();
  });
});
