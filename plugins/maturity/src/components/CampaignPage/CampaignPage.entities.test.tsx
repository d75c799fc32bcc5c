import { act, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { campaignProgress } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import type {
  CampaignEntityProgress,
  CampaignEntityQuery,
} from '../../api/campaignTypes';
import { CampaignPage } from './CampaignPage';

const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(30_000);

const [behind, meeting] = campaignProgress.entities;

/** 60 entities: 40 behind, then 20 meeting, as the backend sorts them. */
const ALL: CampaignEntityProgress[] = Array.from({ length: 60 }, (_, i) => ({
  ...(i < 40 ? behind : meeting),
  entityRef: `component:default/svc-${String(i).padStart(2, '0')}`,
  title: `Service ${String(i).padStart(2, '0')}`,
  owner: i % 2 ? 'group:default/payments-api' : 'group:default/payments-core',
}));

/** A backend answering pages of {@link ALL}. */
function api() {
  return fakeMaturityApi({
    listModels: async () => modelList,
    getCampaignAudit: async () => ({ items: [] }),
    getCampaignProgress: async (_id: string, query?: CampaignEntityQuery) => {
      const { entityOffset = 0, entityLimit = 100 } = query ?? {};
      const matching = ALL.filter(
        e =>
          (query?.entityFilter !== 'behind' || !e.meets) &&
          (query?.entityFilter !== 'meeting' || e.meets) &&
          (!query?.team || e.owner === query.team) &&
          (!query?.q || e.title!.toLowerCase().includes(query.q)),
      );
      return {
        ...campaignProgress,
        inScope: 60,
        entities: matching.slice(entityOffset, entityOffset + entityLimit),
        entityTotal: matching.length,
        entityOffset,
        entityLimit,
      };
    },
    getCampaignEntitiesCsv: async () =>
      new Blob(['entityRef\r\n'], { type: 'text/csv' }),
  });
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Entities in scope' }))
    .getAllByRole('row')
    .slice(1);

async function open() {
  const fake = api();
  await renderWithApis(
    <CampaignPage campaignId="sre-l3-2027" listPath="/maturity/campaigns" />,
    { api: fake },
  );
  await screen.findByRole('table', { name: 'Entities in scope' });
  return fake;
}

describe('CampaignPage entities', () => {
  it('pages through the backend, 25 by default', async () => {
    const fake = await open();
    expect(rows()).toHaveLength(25);
    expect(rows()[0]).toHaveTextContent('Service 00');
    expect(screen.getByText('25 of 60')).toBeInTheDocument();
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Service 25'));
    expect(fake.getCampaignProgress).toHaveBeenLastCalledWith('sre-l3-2027', {
      entityOffset: 25,
      entityLimit: 25,
      entityFilter: 'all',
    });

    await userEvent.click(screen.getByRole('button', { name: /25/ }));
    await userEvent.click(screen.getByRole('option', { name: '50' }));
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(rows()[0]).toHaveTextContent('Service 00');
    expect(screen.getByText('50 of 60')).toBeInTheDocument();
  });

  it('filters by meeting the targets and searches', async () => {
    const fake = await open();
    await userEvent.click(screen.getByRole('button', { name: /All entities/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Meeting the targets' }),
    );
    await waitFor(() => expect(rows()).toHaveLength(20));
    expect(rows()[0]).toHaveTextContent('Service 40');
    expect(rows()[0]).toHaveTextContent('Meets the targets');
    expect(screen.getByText('20 of 20')).toBeInTheDocument();

    await userEvent.type(
      await screen.findByRole('searchbox', { name: 'Search entities' }),
      'service 45',
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Service 45');
    expect(fake.getCampaignProgress).toHaveBeenLastCalledWith('sre-l3-2027', {
      entityOffset: 0,
      entityLimit: 25,
      entityFilter: 'meeting',
      q: 'service 45',
    });

    await userEvent.clear(
      screen.getByRole('searchbox', { name: 'Search entities' }),
    );
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search entities' }),
      'nothing',
    );
    expect(await screen.findByText('No entity matches.')).toBeInTheDocument();
  });

  it('shows the entities of a team chosen in the teams table, until cleared', async () => {
    const fake = await open();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Show the entities of Payments Core',
      }),
    );
    await waitFor(() =>
      expect(fake.getCampaignProgress).toHaveBeenLastCalledWith('sre-l3-2027', {
        entityOffset: 0,
        entityLimit: 25,
        entityFilter: 'all',
        team: 'group:default/payments-core',
      }),
    );
    await waitFor(() => expect(rows()).toHaveLength(25));
    expect(screen.getByText('25 of 30')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Team: Payments Core' }),
    ).toBeInTheDocument();
    // the export holds what the table shows, every page of it
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(fake.getCampaignEntitiesCsv).toHaveBeenCalledWith('sre-l3-2027', {
        entityFilter: 'all',
        team: 'group:default/payments-core',
      }),
    );

    const chip = screen.getByRole('button', { name: 'Team: Payments Core' });
    await act(async () => {
      chip.focus();
    });
    await userEvent.keyboard('{Backspace}');
    await waitFor(() =>
      expect(screen.getByText('25 of 60')).toBeInTheDocument(),
    );
  });
});
