import { screen, within } from '@testing-library/react';
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

function render(items: EntityCampaign[] | undefined, language?: 'zh-CN') {
  return renderWithApis(
    <EntityCampaignBanners
      campaigns={items}
      domains={[{ id: 'sre', title: 'SRE' }]}
    />,
    { api: fakeMaturityApi(), language },
  );
}

describe('EntityCampaignBanners', () => {
  it('shows a banner per active campaign with the checks left, linking to it', async () => {
    await render([entityCampaign, met, draft]);
    const section = await screen.findByRole('region', {
      name: 'Improvement campaigns',
    });
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

  it('shows nothing without an active campaign or before the campaigns are there', async () => {
    await render([draft]);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    await render(undefined);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
