import { screen } from '@testing-library/react';
import { campaignProgress } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { CampaignPage } from './CampaignPage';

jest.setTimeout(30_000);

describe('CampaignPage without maturity.campaign.manage', () => {
  it('offers neither Edit nor Archive', async () => {
    await renderWithApis(
      <CampaignPage campaignId="sre-l3-2027" listPath="/maturity/campaigns" />,
      {
        api: fakeMaturityApi({
          listModels: async () => modelList,
          getCampaignProgress: async () => campaignProgress,
          getCampaignAudit: async () => ({ items: [] }),
        }),
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'SRE L3 for payments' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No audit entries yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
  });
});
