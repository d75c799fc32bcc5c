import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { entities, groupRollup, modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import {
  noStaleEvidence,
  staleSummary,
} from '../../__testUtils__/staleFixtures';
import { OrgDashboard } from './OrgDashboard';

jest.setTimeout(30_000);

const indicators = {
  groupRef: null,
  computedAt: '2026-12-06T03:00:00.000Z',
  indicators: [
    {
      id: 'alert-detection',
      title: 'Alert detection rate',
      unit: '%',
      target: 90,
      direction: 'increase' as const,
      value: 93,
      met: true,
      entityCount: 20,
      noDataCount: 2,
      history: [],
    },
  ],
};

describe('OrgDashboard', () => {
  it('warns when entities rest on stale evidence, for the selected model', async () => {
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [] }),
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({ ...indicators, modelId: model }),
      getStaleEvidence: async () => staleSummary,
    });
    await renderWithApis(<OrgDashboard />, { api });
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent('7 entities rest on stale evidence');
    expect(api.getStaleEvidence).toHaveBeenCalledTimes(1);
    expect(api.getStaleEvidence).toHaveBeenCalledWith({
      modelId: modelList.defaultModelId,
      group: undefined,
      limit: undefined,
    });
  });

  it('shows no stale-evidence warning when every entity rests on fresh evidence', async () => {
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [] }),
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({ ...indicators, modelId: model }),
      getStaleEvidence: async () => noStaleEvidence,
    });
    await renderWithApis(<OrgDashboard />, { api });
    await waitFor(() => expect(api.getStaleEvidence).toHaveBeenCalled());
    expect(
      await screen.findByRole('region', { name: 'Indicators' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Stale evidence' })).toBeNull();
  });

  it('shows the indicators of the whole org for the selected model', async () => {
    const api = fakeMaturityApi({
      listModels: async () => ({
        defaultModelId: 'caict-devops',
        items: [
          ...modelList.items,
          { ...modelList.items[0], id: 'lean', title: 'Lean model' },
        ],
      }),
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [] }),
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({ ...indicators, modelId: model }),
    });
    await renderWithApis(<OrgDashboard />, { api });
    const section = await screen.findByRole('region', { name: 'Indicators' });
    expect(
      await within(section).findByRole('article', {
        name: 'Alert detection rate',
      }),
    ).toHaveTextContent('93%');
    expect(api.getIndicators).toHaveBeenCalledWith({
      model: 'caict-devops',
      group: undefined,
    });

    await userEvent.click(screen.getByRole('button', { name: /Model/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Lean model' }),
    );
    await waitFor(() =>
      expect(api.getIndicators).toHaveBeenLastCalledWith({
        model: 'lean',
        group: undefined,
      }),
    );
  });

  it('shows the entities no group owns as an Unowned row and lists them', async () => {
    const { children, weakestEntities, ...payments } = groupRollup;
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      getOrgRollup: async () => ({
        modelId: 'caict-devops',
        rows: [payments],
        unowned: {
          entityCount: 1,
          overall: { ...payments.overall, entityCount: 1, averageLevel: 3 },
          domains: {},
        },
      }),
      listEntities: async query =>
        query?.unowned
          ? { items: [entities[0]], totalCount: 1 }
          : { items: [], totalCount: 0 },
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({ ...indicators, modelId: model }),
    });
    await renderWithApis(<OrgDashboard />, { api });
    const row = (
      await screen.findByRole('button', { name: 'Drill into Unowned' })
    ).closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('1');
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('3.0');
    await userEvent.click(
      within(row).getByRole('button', { name: 'Drill into Unowned' }),
    );
    expect(await screen.findByText('Unowned entities')).toBeInTheDocument();
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenCalledWith(
        expect.objectContaining({ unowned: true }),
      ),
    );
    expect(api.listEntities).not.toHaveBeenCalledWith(
      expect.objectContaining({ group: expect.anything() }),
    );
    // No group is evaluated: no table of the teams' own practices.
    expect(screen.queryByText("Teams' own practices")).toBeNull();
  });

  it("shows the teams' own practices when groups are evaluated", async () => {
    const team = {
      ...entities[0],
      entityRef: 'group:default/payments',
      kind: 'Group',
      name: 'payments',
      title: 'Payments team',
    };
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [] }),
      listEntities: async query =>
        query?.kind === 'group'
          ? { items: [team], totalCount: 1 }
          : { items: [], totalCount: 0 },
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({ ...indicators, modelId: model }),
    });
    await renderWithApis(<OrgDashboard />, { api });
    expect(await screen.findByText("Teams' own practices")).toBeInTheDocument();
    expect(screen.getByText('Payments team')).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({ model: 'caict-devops', kind: 'group' }),
    );
  });

  it('asks for the org rollup together with the model list, and once', async () => {
    const { children, weakestEntities, ...payments } = groupRollup;
    let answerModels: (list: typeof modelList) => void = () => {};
    const api = fakeMaturityApi({
      listModels: () =>
        new Promise<typeof modelList>(resolve => {
          answerModels = resolve;
        }),
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [payments] }),
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({ ...indicators, modelId: model }),
    });
    await renderWithApis(<OrgDashboard />, { api });
    // the model list is not in yet: the default model's rollup is asked for
    await waitFor(() =>
      expect(api.getOrgRollup).toHaveBeenCalledWith({ model: undefined }),
    );
    answerModels(modelList);
    expect(
      await screen.findByRole('table', {
        name: 'Average maturity level per group and domain',
      }),
    ).toBeInTheDocument();
    expect(api.getOrgRollup).toHaveBeenCalledTimes(1);
  });

  it('shows an empty state without models', async () => {
    await renderWithApis(<OrgDashboard />, {
      api: fakeMaturityApi({
        listModels: async () => ({ defaultModelId: 'none', items: [] }),
        getOrgRollup: async () => ({ modelId: 'none', rows: [] }),
      }),
    });
    expect(
      await screen.findByText('No maturity model loaded'),
    ).toBeInTheDocument();
  });

  it('shows rollup errors', async () => {
    await renderWithApis(<OrgDashboard />, {
      api: fakeMaturityApi({
        listModels: async () => modelList,
        getOrgRollup: async () => Promise.reject(new Error('rollups down')),
        getRollupTrend: async () => ({ items: [] }),
      }),
    });
    expect((await screen.findAllByText(/rollups down/)).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole('group', { name: 'Filters' })).toBeInTheDocument();
  });
});
