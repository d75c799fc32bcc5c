import { screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import {
  campaignProgress,
  configCampaign,
} from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import type { MaturityApi } from '../../api/MaturityApi';
import { CampaignPage } from './CampaignPage';

const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(30_000);

// Permission decisions are cached per permission for the test file (SWR):
// the view without the permission is tested in CampaignPage.readonly.test.tsx.
const MANAGE = ['maturity.campaign.manage'];

function api(overrides: Partial<MaturityApi> = {}) {
  return fakeMaturityApi({
    listModels: async () => modelList,
    getCampaignProgress: async () => campaignProgress,
    getCampaignAudit: async () => ({
      items: [
        {
          action: 'create',
          actor: 'user:default/alice',
          at: '2026-12-01T09:00:00.000Z',
          changes: {},
        },
        {
          action: 'update',
          actor: 'user:default/bob',
          at: '2026-12-02T09:00:00.000Z',
          changes: {
            before: { targetDate: '2027-02-28', title: 'SRE L3' },
            after: { targetDate: '2027-03-31', title: 'SRE L3' },
          },
        },
      ],
    }),
    ...overrides,
  });
}

describe('CampaignPage', () => {
  it('shows the figures, description, teams by lag, entities and audit', async () => {
    const fake = api();
    await renderWithApis(
      <CampaignPage campaignId="sre-l3-2027" listPath="/maturity/campaigns" />,
      { api: fake, allowed: MANAGE },
    );
    expect(
      await screen.findByRole('heading', { name: 'SRE L3 for payments' }),
    ).toBeInTheDocument();
    expect(fake.getCampaignProgress).toHaveBeenCalledWith('sre-l3-2027', {
      entityOffset: 0,
      entityLimit: 25,
      entityFilter: 'all',
    });
    expect(screen.getByRole('link', { name: 'All campaigns' })).toHaveAttribute(
      'href',
      '/maturity/campaigns',
    );
    expect(
      screen.getByText('Site Reliability Engineering L3, Overall L2'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Dec 1, 2026 – Mar 31, 2027/)).toHaveTextContent(
      '115 days left',
    );
    expect(
      screen.getByText('Projected to be met on May 2, 2027'),
    ).toBeInTheDocument();
    expect(screen.getByText('At risk')).toBeInTheDocument();
    // The campaign's bar and the Payments team's.
    expect(
      screen.getAllByRole('progressbar', {
        name: '1 of 3 meet the targets (33%)',
      }),
    ).toHaveLength(2);
    expect(screen.getByText('SRE level 3').tagName).toBe('STRONG');
    expect(
      screen.getByRole('img', {
        name: 'Burn-up: 1 of 3 entities meet the targets, against the ideal line',
      }),
    ).toBeInTheDocument();

    const teams = screen.getByRole('table', { name: 'Progress of the teams' });
    const teamRows = within(teams).getAllByRole('row').slice(1);
    expect(
      teamRows.map(r => within(r).getAllByRole('cell')[1].textContent),
    ).toEqual(['2', '2', '0']);
    expect(teamRows[0]).toHaveTextContent('Payments');
    expect(teamRows[1]).toHaveTextContent('Payments API');
    expect(teamRows[2]).toHaveTextContent('Payments Core');

    const entities = screen.getByRole('table', { name: 'Entities in scope' });
    const entityRows = within(entities).getAllByRole('row');
    expect(
      within(entityRows[0])
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual([
      'Entity',
      'Owner',
      'Site Reliability Engineering',
      'Overall',
      'Checks left',
    ]);
    // The entity with checks left comes first.
    expect(entityRows[1]).toHaveTextContent('QuickPay Gateway');
    expect(entityRows[1]).toHaveTextContent('L1 / L3');
    const remaining = within(entityRows[1]).getByRole('list', {
      name: 'Checks left for QuickPay Gateway',
    });
    expect(
      within(remaining)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual(['SLOs are defined (L2)', 'On-call rota (L3)']);
    expect(entityRows[2]).toHaveTextContent('Meets the targets');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

    const audit = await screen.findByRole('list', { name: 'Audit trail' });
    expect(audit).toHaveTextContent('user:default/alice created the campaign');
    expect(audit).toHaveTextContent('Changed: targetDate');
  });

  it('lets managers archive an API campaign', async () => {
    const fake = api({
      archiveCampaign: async () => ({
        campaign: { ...campaignProgress.campaign, state: 'archived' },
      }),
    });
    await renderWithApis(
      <CampaignPage campaignId="sre-l3-2027" listPath="/maturity/campaigns" />,
      { api: fake, allowed: MANAGE },
    );
    expect(
      await screen.findByRole('button', { name: 'Edit' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    const dialog = screen.getByRole('dialog', { name: 'Archive campaign' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Archive' }),
    );
    await waitFor(() =>
      expect(fake.archiveCampaign).toHaveBeenCalledWith('sre-l3-2027'),
    );
    await waitFor(() =>
      expect(fake.getCampaignProgress).toHaveBeenCalledTimes(2),
    );
  });

  it('opens the edit dialog with the campaign', async () => {
    await renderWithApis(
      <CampaignPage campaignId="sre-l3-2027" listPath="/maturity/campaigns" />,
      { api: api(), allowed: MANAGE },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit campaign' });
    expect(within(dialog).getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'SRE L3 for payments',
    );
  });

  it('keeps config campaigns read-only, even for managers', async () => {
    await renderWithApis(
      <CampaignPage campaignId="cd-l2" listPath="/maturity/campaigns" />,
      {
        api: api({
          getCampaignProgress: async () => ({
            ...campaignProgress,
            campaign: configCampaign,
          }),
        }),
        allowed: MANAGE,
      },
    );
    expect(
      await screen.findByText('Read-only (app config)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/defined in the app configuration/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
  });

  it('says when there is no such campaign', async () => {
    await renderWithApis(
      <CampaignPage campaignId="nope" listPath="/maturity/campaigns" />,
      {
        api: api({
          getCampaignProgress: async () =>
            Promise.reject(
              Object.assign(new Error('Request failed with 404'), {
                statusCode: 404,
              }),
            ),
        }),
      },
    );
    expect(
      await screen.findByText('There is no campaign "nope".'),
    ).toBeInTheDocument();
  });
});
