import { screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import {
  aggregate,
  entities,
  model,
  modelList,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import type { GroupRollupRow } from '../../api/types';
import {
  campaignProgress,
  campaignSummaries,
} from '../../__testUtils__/campaignFixtures';
import { systemReport } from '../../__testUtils__/reportFixtures';
import { manual, scheduled } from '../../__testUtils__/runFixtures';
import { MaturityPage } from './MaturityPage';

// Types without waiting between keystrokes.
const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(30_000);

const rows: GroupRollupRow[] = [
  {
    groupRef: 'group:default/payments',
    title: 'Payments',
    entityCount: 3,
    overall: aggregate(1.3, 3),
    domains: {
      'continuous-delivery': aggregate(1.7, 3),
      'platform-engineering': aggregate(2.3, 3),
      sre: aggregate(2, 2),
    },
  },
  {
    groupRef: 'group:default/payments-core',
    title: 'Payments Core',
    parentRef: 'group:default/payments',
    entityCount: 2,
    overall: aggregate(1.5, 2),
    domains: {
      'continuous-delivery': aggregate(1.5, 2),
      'platform-engineering': aggregate(3, 2),
      sre: aggregate(3, 1),
    },
  },
  {
    groupRef: 'group:default/platform',
    entityCount: 0,
    overall: aggregate(null, 0),
    domains: {},
  },
];

function api() {
  return fakeMaturityApi({
    listModels: async () => modelList,
    getModel: async () => model,
    getOrgRollup: async () => ({ modelId: 'caict-devops', rows }),
    listEntities: async query => ({
      items: entities.filter(
        e => !query?.kind || e.kind.toLowerCase() === query.kind,
      ),
      totalCount: entities.length,
    }),
    getIndicators: async query => ({
      modelId: query.model,
      groupRef: null,
      computedAt: '2026-12-06T03:00:00.000Z',
      indicators: [
        {
          id: 'change-failure-change',
          title: 'Change of change failure rate',
          unit: '%',
          target: -40,
          direction: 'decrease',
          value: -25,
          met: false,
          entityCount: 4,
          noDataCount: 1,
          history: [],
        },
      ],
    }),
    listCampaigns: async () => ({ items: campaignSummaries }),
    getCampaignProgress: async () => campaignProgress,
    getCampaignAudit: async () => ({ items: [] }),
    getReport: async () => systemReport(),
    listSavedReports: async () => ({ items: [] }),
    listRuns: async () => ({ items: [scheduled, manual] }),
    getRollupTrend: async () => ({
      items: [
        {
          day: '2024-04-01',
          groupRef: 'group:default/payments',
          domainId: null,
          entityCount: 3,
          averageLevel: 1,
          averageScore: 0.3,
        },
        {
          day: '2024-04-01',
          groupRef: 'group:default/platform',
          domainId: null,
          entityCount: 1,
          averageLevel: 3,
          averageScore: 0.6,
        },
      ],
    }),
  });
}

async function selectOption(label: RegExp, option: string) {
  await userEvent.click(screen.getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('MaturityPage', () => {
  it('shows the heatmap of groups × domains with levels as numbers and counts', async () => {
    await renderWithApis(<MaturityPage />, { api: api() });
    const payments = await screen.findByRole('row', { name: /Payments/ });
    const cells = within(payments).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('3');
    expect(cells[1]).toHaveTextContent('1.3');
    expect(cells[1]).toHaveTextContent('n=3');
    // PE and SRE columns come first
    const headers = screen.getAllByRole('columnheader').map(h => h.textContent);
    expect(headers).toEqual([
      'Group',
      'Entities',
      'Overall',
      'Platform Engineering',
      'Site Reliability Engineering',
      'Continuous Delivery',
    ]);
    expect(cells[2]).toHaveAttribute(
      'title',
      'Payments Platform Engineering: average level 2.3 (Level 2 · Foundation) over 3 entities',
    );
    const platform = screen.getByRole('row', { name: /platform/ });
    expect(within(platform).getAllByRole('cell')[1]).toHaveTextContent(
      'no entities',
    );

    expect(screen.queryByText('Payments Core')).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Expand Payments' }),
    );
    expect(
      screen.getByRole('button', { name: 'Drill into Payments Core' }),
    ).toBeInTheDocument();
  });

  it('shows the org indicators on the dashboard', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, { api: fake });
    const section = await screen.findByRole('region', { name: 'Indicators' });
    const tile = await within(section).findByRole('article', {
      name: 'Change of change failure rate',
    });
    expect(tile).toHaveTextContent('\u221225%');
    expect(tile).toHaveTextContent('target ≤ \u221240%');
    expect(within(tile).getByText('Target not met')).toBeInTheDocument();
    expect(tile).toHaveTextContent('4 entities · 1 without data');
    expect(fake.getIndicators).toHaveBeenCalledWith({
      model: 'caict-devops',
      group: undefined,
    });
  });

  it('filters the columns by domain', async () => {
    await renderWithApis(<MaturityPage />, { api: api() });
    await screen.findByRole('row', { name: /Payments/ });
    await selectOption(/Domain All domains/, 'Site Reliability Engineering');
    await waitFor(() =>
      expect(
        screen.getAllByRole('columnheader').map(h => h.textContent),
      ).toEqual([
        'Group',
        'Entities',
        'Overall',
        'Site Reliability Engineering',
      ]),
    );
  });

  it('recomputes the heatmap from filtered entities for kind filters', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, { api: fake });
    await screen.findByRole('row', { name: /Payments/ });
    await selectOption(/Kind/, 'System');
    await waitFor(() =>
      expect(fake.listEntities).toHaveBeenCalledWith(
        expect.objectContaining({
          group: 'group:default/payments',
          kind: 'system',
        }),
      ),
    );
    await waitFor(() => {
      const payments = screen
        .getByRole('button', { name: 'Drill into Payments' })
        .closest('tr')!;
      expect(within(payments).getAllByRole('cell')[0]).toHaveTextContent('0');
    });
  });

  it('drills into a group and lists its entities', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, { api: fake });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Drill into Payments' }),
    );
    expect(await screen.findByText('Entities of Payments')).toBeInTheDocument();
    expect(await screen.findByText('3 entities')).toBeInTheDocument();
    expect(screen.getByText('QuickPay Gateway')).toBeInTheDocument();
    expect(fake.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({ group: 'group:default/payments', limit: 1000 }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Close Payments' }),
    );
    expect(screen.queryByText('Entities of Payments')).toBeNull();
  });

  it('exports the matrix as CSV', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:x';
      },
      revokeObjectURL: () => {},
    });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderWithApis(<MaturityPage />, { api: api() });
    await screen.findByRole('row', { name: /Payments/ });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const text = (await new Response(blobs[0]).text()).replace(/^\ufeff/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toContain(
      'groupRef,title,parentRef,entities,overallAverageLevel',
    );
    expect(lines[1]).toBe(
      'group:default/payments,Payments,,3,1.3,2.3,3,2,2,1.7,3',
    );
    expect(lines).toHaveLength(4);
    click.mockRestore();
  });

  it('shows the org trend with an organisation line', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, { api: fake });
    expect(
      await screen.findByText(/Overall average 1\.5 on/),
    ).toBeInTheDocument();
    expect(fake.getRollupTrend).toHaveBeenCalledWith(
      expect.objectContaining({ group: undefined, model: 'caict-devops' }),
    );
  });

  it('shows empty and error states', async () => {
    const empty = fakeMaturityApi({
      listModels: async () => modelList,
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [] }),
      getRollupTrend: async () => ({ items: [] }),
    });
    const { unmount } = await renderWithApis(<MaturityPage />, { api: empty });
    expect(
      await screen.findByText('No groups evaluated yet'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No daily snapshots in this period yet.'),
    ).toBeInTheDocument();
    unmount();

    const failing = fakeMaturityApi({
      listModels: async () => Promise.reject(new Error('models down')),
    });
    await renderWithApis(<MaturityPage />, { api: failing });
    expect(
      await screen.findByText(/Could not load the maturity models/),
    ).toBeInTheDocument();
  });

  it('explores the model: levels, domains, checks and CAICT references', async () => {
    await renderWithApis(<MaturityPage />, { api: api() });
    await userEvent.click(screen.getByRole('tab', { name: 'Model explorer' }));
    expect(await screen.findByText('v1.0.0')).toBeInTheDocument();
    const levels = screen.getByRole('list', { name: 'Levels' });
    expect(within(levels).getAllByRole('listitem')).toHaveLength(5);
    expect(levels).toHaveTextContent('Level 3 · Comprehensive');

    await userEvent.click(screen.getByText('Platform Engineering'));
    const check = await screen.findByRole('article', {
      name: 'Check The component is in the catalog',
    });
    expect(check).toHaveTextContent(
      'Reference: CAICT DevOps CMM — Platform Engineering › Developer portal, L1',
    );
    expect(check).toHaveTextContent('Automated rule');
    const attested = screen.getByRole('article', {
      name: 'Check Created from a golden path',
    });
    expect(attested).toHaveTextContent(
      'Attestation: Template run (valid 180 days)',
    );
    await userEvent.click(
      within(attested).getByRole('button', { name: 'Show remediation' }),
    );
    expect(
      within(attested).getByRole('link', { name: 'Templates' }),
    ).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search checks' }),
      'no-such-check',
    );
    expect(
      screen.getByText('No check matches the filters.'),
    ).toBeInTheDocument();
  });

  it('lists campaigns on the Campaigns tab and opens one', async () => {
    await renderWithApis(<MaturityPage />, { api: api() });
    await userEvent.click(screen.getByRole('tab', { name: 'Campaigns' }));
    expect(screen.getByRole('tab', { name: 'Campaigns' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const table = await screen.findByRole('table', {
      name: 'Improvement campaigns',
    });
    await userEvent.click(
      within(table).getByRole('link', { name: 'SRE L3 for payments' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'SRE L3 for payments' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'All campaigns' }));
    expect(
      await screen.findByRole('table', { name: 'Improvement campaigns' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Dashboard' }));
    expect(
      await screen.findByRole('row', { name: /Payments/ }),
    ).toBeInTheDocument();
  });

  it('opens a campaign from its URL', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, {
      api: fake,
      route: '/maturity/campaigns/sre-l3-2027',
    });
    expect(
      await screen.findByRole('heading', { name: 'SRE L3 for payments' }),
    ).toBeInTheDocument();
    expect(fake.getCampaignProgress).toHaveBeenCalledWith(
      'sre-l3-2027',
      expect.objectContaining({ entityOffset: 0 }),
    );
    expect(screen.getByRole('tab', { name: 'Campaigns' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('opens a report from the Reports tab', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, { api: fake });
    await userEvent.click(screen.getByRole('tab', { name: 'Reports' }));
    const scope = await screen.findByRole('textbox', {
      name: /System or group/,
    });
    await userEvent.type(scope, 'component:default/x');
    await userEvent.click(screen.getByRole('button', { name: 'Open report' }));
    expect(
      screen.getByText(
        'Enter a system or group reference, e.g. system:default/online-payment',
      ),
    ).toBeInTheDocument();
    await userEvent.clear(scope);
    await userEvent.type(scope, 'system:online-payment');
    await userEvent.click(screen.getByRole('button', { name: 'Open report' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Maturity report: Online Payment Platform',
      }),
    ).toBeInTheDocument();
    expect(fake.getReport).toHaveBeenCalledWith(
      'system:default/online-payment',
      expect.anything(),
    );
    expect(screen.getByRole('tab', { name: 'Reports' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('opens a group report from its URL', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, {
      api: fake,
      route: '/maturity/reports/group/default/payments%20team',
    });
    await screen.findByRole('table', { name: 'Level per domain' });
    expect(fake.getReport).toHaveBeenCalledWith(
      'group:default/payments team',
      expect.anything(),
    );
    expect(fake.listSavedReports).toHaveBeenCalledWith(
      'group:default/payments team',
    );
  });

  it('lists the evaluation runs on the Evaluation runs tab, after Reports', async () => {
    const fake = api();
    await renderWithApis(<MaturityPage />, { api: fake });
    expect(screen.getAllByRole('tab').map(tab => tab.textContent)).toEqual([
      'Dashboard',
      'Model explorer',
      'Campaigns',
      'Reports',
      'Evaluation runs',
    ]);
    await userEvent.click(screen.getByRole('tab', { name: 'Evaluation runs' }));
    const table = await screen.findByRole('table', { name: 'Evaluation runs' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(fake.listRuns).toHaveBeenCalledWith({ limit: 20 });
    expect(
      screen.getByRole('tab', { name: 'Evaluation runs' }),
    ).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Dashboard' }));
    expect(
      await screen.findByRole('row', { name: /Payments/ }),
    ).toBeInTheDocument();
  });

  it('opens the evaluation runs from their URL', async () => {
    await renderWithApis(<MaturityPage />, {
      api: api(),
      route: '/maturity/runs',
    });
    expect(
      await screen.findByRole('table', { name: 'Evaluation runs' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Evaluation runs' }),
    ).toHaveAttribute('aria-selected', 'true');
  });
});
