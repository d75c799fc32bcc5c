import { screen } from '@testing-library/react';
import { campaignSummaries } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { CampaignList } from './CampaignList';

jest.setTimeout(30_000);

function api() {
  return fakeMaturityApi({
    listModels: async () => modelList,
    listCampaigns: async () => ({ items: campaignSummaries }),
  });
}

describe('CampaignList without maturity.campaign.manage', () => {
  it('offers New campaign only with maturity.campaign.manage', async () => {
    await renderWithApis(<CampaignList />, { api: api() });
    await screen.findByRole('table', { name: 'Improvement campaigns' });
    expect(screen.queryByRole('button', { name: 'New campaign' })).toBeNull();
  });
});
