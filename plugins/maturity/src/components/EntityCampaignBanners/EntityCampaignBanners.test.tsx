import { act, screen, within } from '@testing-library/react';
import { campaign, entityCampaign } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import type { EntityCampaign } from '../../api/campaignTypes';
import { EntityCampaignBanners } from './EntityCampaignBanners';

jest.setTimeout(20_000);

const met: EntityCampaign = {
  campaign: {
    ...campaign,
    id: 'cd-l2',
    title: 'CD L2',
    targets: [{ domain: 'overall', level: 2 }],
    targetDate: '2027-06-30',
  },
  meets: true,
  targets: [{ domain: 'overall', target: 2, level: 2, meets: true }],
  remainingChecks: [],
  daysLeft: 206,
};

const draft: EntityCampaign = {
  ...met,
  campaign: { ...met.campaign, id: 'draft', title: 'Draft', state: 'draft' },
};

function render(items: EntityCampaign[], language?: 'zh-CN') {
  const api = fakeMaturityApi({ listEntityCampaigns: async () => ({ items }) });
  return renderWithApis(
    <EntityCampaignBanners
      entityRef="component:default/quickpay-gateway"
      domains={[{ id: 'sre', title: 'SRE' }]}
    />,
    { api, language },
  ).then(() => api);
}

describe('EntityCampaignBanners', () => {
  it('shows a banner per active campaign with the checks left, linking to it', async () => {
    const api = await render([entityCampaign, met, draft]);
    const section = await screen.findByRole('region', {
      name: 'Improvement campaigns',
    });
    expect(api.listEntityCampaigns).toHaveBeenCalledWith(
      'component:default/quickpay-gateway',
    );
    const banners = within(section).getAllByRole('status');
    expect(banners).toHaveLength(2);
    expect(banners[0]).toHaveTextContent(
      'SRE L3 for payments: SRE L3 by Mar 31, 2027 — 2 checks left',
    );
    expect(
      within(banners[0]).getByRole('link', {
        name: 'View campaign SRE L3 for payments',
      }),
    ).toHaveAttribute('href', '/maturity/campaigns/sre-l3-2027');
    expect(banners[1]).toHaveTextContent(
      'CD L2: Overall L2 by Jun 30, 2027 — met',
    );
  });

  it('formats the text and the date in the app language', async () => {
    await render([entityCampaign], 'zh-CN');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'SRE L3 for payments: SRE L3，截止 2027年3月31日 — 剩余 2 个检查项',
    );
  });

  it('shows nothing when the entity is in no campaign or they cannot be read', async () => {
    const api = fakeMaturityApi({
      listEntityCampaigns: async () => Promise.reject(new Error('404')),
    });
    await renderWithApis(
      <EntityCampaignBanners entityRef="component:default/x" domains={[]} />,
      { api },
    );
    expect(api.listEntityCampaigns).toHaveBeenCalled();
    // Let the answer arrive and render.
    await act(() => new Promise(resolve => setTimeout(resolve, 0)));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText(/404/)).toBeNull();
  });
});
