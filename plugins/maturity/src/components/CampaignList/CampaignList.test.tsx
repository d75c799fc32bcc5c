import { screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { campaignSummaries } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { CampaignList } from './CampaignList';

const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(30_000);

// Permission decisions are cached per permission for the test file (SWR):
// the view without the permission is tested in CampaignList.readonly.test.tsx.
const MANAGE = ['maturity.campaign.manage'];

function api() {
  return fakeMaturityApi({
    listModels: async () => modelList,
    listCampaigns: async query => ({
      items:
        query?.state === 'archived'
          ? []
          : campaignSummaries.filter(
              c => !query?.state || c.state === query.state,
            ),
    }),
  });
}

describe('CampaignList', () => {
  it('lists campaigns with targets, scope, progress, days left, risk and state', async () => {
    const fake = api();
    await renderWithApis(<CampaignList />, { api: fake, allowed: MANAGE });
    const table = await screen.findByRole('table', {
      name: 'Improvement campaigns',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const sre = rows[1];
    expect(
      within(sre).getByRole('link', { name: 'SRE L3 for payments' }),
    ).toHaveAttribute('href', '/maturity/campaigns/sre-l3-2027');
    expect(sre).toHaveTextContent(
      'Site Reliability Engineering L3, Overall L2',
    );
    expect(sre).toHaveTextContent('Teams: payments');
    expect(sre).toHaveTextContent('Filter: kind in [component]');
    expect(sre).toHaveTextContent('3 of 8 meet the targets (38%)');
    expect(
      within(sre).getByRole('progressbar', {
        name: '3 of 8 meet the targets (38%)',
      }),
    ).toHaveAttribute('aria-valuenow', '38');
    expect(sre).toHaveTextContent('115 days left');
    expect(within(sre).getByText('At risk')).toBeInTheDocument();
    expect(within(sre).getByText('Active')).toBeInTheDocument();

    const cd = rows[2];
    expect(cd).toHaveTextContent('Continuous Delivery L2');
    expect(cd).toHaveTextContent('All teams');
    expect(cd).toHaveTextContent('Overdue by 3 days');
    expect(within(cd).queryByText('At risk')).toBeNull();
    expect(fake.listCampaigns).toHaveBeenCalledWith({});
  });

  it('asks for archived campaigns only when filtered by that state', async () => {
    const fake = api();
    await renderWithApis(<CampaignList />, { api: fake, allowed: MANAGE });
    await screen.findByRole('table', { name: 'Improvement campaigns' });
    await userEvent.click(screen.getByRole('button', { name: /State/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Archived' }),
    );
    expect(await screen.findByText('No campaigns')).toBeInTheDocument();
    expect(fake.listCampaigns).toHaveBeenLastCalledWith({ state: 'archived' });
  });

  it('opens the campaign dialog for managers', async () => {
    await renderWithApis(<CampaignList />, {
      api: api(),
      allowed: MANAGE,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('dialog', { name: 'New campaign' }),
      ).toBeInTheDocument(),
    );
  });
});
