import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi, notFoundError } from '../../__testUtils__/fakes';
import {
  entities,
  groupRollup,
  modelList,
  scorecard,
} from '../../__testUtils__/fixtures';
import { renderWithApis, testEntity } from '../../__testUtils__/render';
import { campaignSummaries } from '../../__testUtils__/campaignFixtures';
import {
  noStaleEvidence,
  staleSummary,
} from '../../__testUtils__/staleFixtures';
import { GroupMaturityContent } from './GroupMaturityContent';

jest.setTimeout(30_000);

const trend = {
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
      day: '2024-05-01',
      groupRef: 'group:default/payments',
      domainId: null,
      entityCount: 3,
      averageLevel: 1.3,
      averageScore: 0.4,
    },
  ],
};

function api(overrides: Parameters<typeof fakeMaturityApi>[0] = {}) {
  return fakeMaturityApi({
    getScorecard: async () => Promise.reject(notFoundError()),
    listModels: async () => modelList,
    listEntities: async () => ({
      items: entities,
      totalCount: entities.length,
    }),
    getGroupRollup: async () => groupRollup,
    getRollupTrend: async () => trend,
    getIndicators: async ({ model, group }) => ({
      modelId: model,
      groupRef: group ?? null,
      computedAt: null,
      indicators: [
        {
          id: 'lead-time',
          title: 'Lead time for changes',
          unit: 'hours',
          target: 24,
          direction: 'decrease',
          value: 18,
          met: true,
          entityCount: 3,
          noDataCount: 0,
          history: [],
        },
      ],
    }),
    ...overrides,
  });
}

describe('GroupMaturityContent', () => {
  it('warns first when entities of the team rest on stale evidence', async () => {
    const fake = api({ getStaleEvidence: async () => staleSummary });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments', 'Group'),
    });
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent(
      /7 entities of this team show results from before an outage: TechInsights unreachable since 10:42\sAM/,
    );
    expect(
      within(banner).getByRole('link', { name: 'QuickPay Gateway' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/quickpay-gateway/maturity',
    );
    expect(fake.getStaleEvidence).toHaveBeenCalledWith({
      modelId: undefined,
      group: 'group:default/payments',
      limit: 5,
    });
  });

  it('shows no stale-evidence warning when no entity of the team is concerned', async () => {
    const fake = api({ getStaleEvidence: async () => noStaleEvidence });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments', 'Group'),
    });
    expect(await screen.findByText('Entities (3)')).toBeInTheDocument();
    expect(fake.getStaleEvidence).toHaveBeenCalled();
    expect(screen.queryByRole('status', { name: 'Stale evidence' })).toBeNull();
  });

  it('shows the team entities, distribution, weakest entities, sub-teams and trend', async () => {
    const fake = api();
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments', 'Group'),
    });
    expect(await screen.findByText('Entities (3)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Report' })).toHaveAttribute(
      'href',
      '/maturity/reports/group/default/payments',
    );
    expect(fake.listEntities).toHaveBeenCalledWith({
      model: undefined,
      group: 'group:default/payments',
      cursor: undefined,
      limit: 1000,
    });
    expect(
      screen.getByText(/3 entities · average overall level 1\.3/),
    ).toBeInTheDocument();

    const distribution = screen.getByRole('table', {
      name: 'Level distribution per domain',
    });
    const overallRow = within(distribution).getByRole('row', {
      name: /^Overall/,
    });
    // 3 entities, average 1.3, one each at L0, L1, L3
    expect(
      within(overallRow)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['3', '1.3', '1', '1', '0', '1', '0', '0', '']);
    const sreRow = within(distribution).getByRole('row', {
      name: /^Site Reliability Engineering/,
    });
    expect(within(sreRow).getAllByRole('cell')[0]).toHaveTextContent('2');

    const weakest = screen.getByRole('list', { name: 'Weakest entities' });
    const names = within(weakest)
      .getAllByRole('listitem')
      .map(li => li.textContent);
    expect(names[0]).toContain('fx-rates');
    expect(names[1]).toContain('QuickPay Gateway');

    expect(
      screen.getByRole('rowheader', { name: /Payments Core/ }),
    ).toBeInTheDocument();

    expect(
      await screen.findByText(/Overall average 1\.0 on .*, 1\.3 on/),
    ).toBeInTheDocument();
    expect(fake.getRollupTrend).toHaveBeenCalledWith(
      expect.objectContaining({
        group: 'group:default/payments',
        domain: undefined,
      }),
    );
  });

  it("lists the team's campaigns", async () => {
    const fake = api({
      listGroupCampaigns: async () => ({ items: [campaignSummaries[0]] }),
    });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments-campaigns', 'Group'),
    });
    const list = await screen.findByRole('list', {
      name: 'Improvement campaigns',
    });
    expect(fake.listGroupCampaigns).toHaveBeenCalledWith(
      'group:default/payments-campaigns',
    );
    expect(list).toHaveTextContent('SRE L3 for payments');
    expect(list).toHaveTextContent('3 of 8 meet the targets (38%)');
  });

  it("shows the team's own scorecard above what it owns", async () => {
    const fake = api({
      getScorecard: async ref => ({ ...scorecard, entityRef: ref }),
    });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments', 'Group'),
    });
    const own = await screen.findByText("The team's own practices");
    expect(fake.getScorecard).toHaveBeenCalledWith('group:default/payments', {
      model: undefined,
    });
    const rollupTitle = await screen.findByText('Maturity of payments');
    expect(
      own.compareDocumentPosition(rollupTitle) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it("asks for the team's own scorecard while the models and entities are still loading", async () => {
    const fake = api({
      listModels: () => new Promise(() => {}),
      listEntities: () => new Promise(() => {}),
      getScorecard: async ref => ({ ...scorecard, entityRef: ref }),
    });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments-early', 'Group'),
    });
    await waitFor(() =>
      expect(fake.getScorecard).toHaveBeenCalledWith(
        'group:default/payments-early',
        { model: undefined },
      ),
    );
    expect(fake.listAttestations).toHaveBeenCalledWith(
      'group:default/payments-early',
    );
    expect(screen.queryByText("The team's own practices")).toBeNull();
  });

  it("shows the team's own scorecard even when it owns no evaluated entity", async () => {
    const fake = api({
      getScorecard: async ref => ({ ...scorecard, entityRef: ref }),
      listEntities: async () => ({ items: [], totalCount: 0 }),
    });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments', 'Group'),
    });
    expect(
      await screen.findByText("The team's own practices"),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No maturity results for this team'),
    ).toBeInTheDocument();
  });

  it('shows the indicators of the team, sub-teams included, for its model', async () => {
    const fake = api();
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('payments', 'Group'),
    });
    const section = await screen.findByRole('region', { name: 'Indicators' });
    const tile = await within(section).findByRole('article', {
      name: 'Lead time for changes',
    });
    expect(tile).toHaveTextContent('18 hours');
    expect(tile).toHaveTextContent('target ≤ 24 hours');
    expect(
      within(section).getByText(
        /values appear after the first full evaluation run/,
      ),
    ).toBeInTheDocument();
    expect(fake.getIndicators).toHaveBeenCalledWith({
      model: 'caict-devops',
      group: 'group:default/payments',
    });
  });

  it('filters to entities the group owns directly when sub-teams are excluded', async () => {
    await renderWithApis(<GroupMaturityContent />, {
      api: api(),
      entity: testEntity('payments', 'Group'),
    });
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Include sub-teams' }),
    );
    expect(await screen.findByText('Entities (1)')).toBeInTheDocument();
    expect(
      screen.getByText(/1 entity · average overall level 1\.0/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Sub-teams')).toBeNull();
  });

  it('exports the entities as CSV', async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:maturity';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderWithApis(<GroupMaturityContent />, {
      api: api(),
      entity: testEntity('payments', 'Group'),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );
    expect(click).toHaveBeenCalled();
    const text = await new Response(blobs[0]).text();
    const lines = text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(
      'entityRef,title,kind,type,lifecycle,owner,overallLevel,overallScore,Platform Engineering level,Site Reliability Engineering level,Continuous Delivery level,evaluatedAt',
    );
    expect(lines[1]).toBe(
      'component:default/quickpay-gateway,QuickPay Gateway,Component,service,production,group:default/payments,1,0.5,1,1,2,2024-05-01T10:00:00.000Z',
    );
    expect(lines).toHaveLength(4);
    click.mockRestore();
  });

  it('shows an empty state when the team has no evaluated entities', async () => {
    const fake = fakeMaturityApi({
      listModels: async () => modelList,
      listEntities: async () => ({ items: [], totalCount: 0 }),
      getGroupRollup: async () => Promise.reject(notFoundError()),
      getRollupTrend: async () => ({ items: [] }),
    });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('empty-team', 'Group'),
    });
    expect(
      await screen.findByText('No maturity results for this team'),
    ).toBeInTheDocument();
  });

  it('shows errors', async () => {
    const fake = fakeMaturityApi({
      listModels: async () => modelList,
      listEntities: async () => Promise.reject(new Error('backend down')),
      getGroupRollup: async () => groupRollup,
    });
    await renderWithApis(<GroupMaturityContent />, {
      api: fake,
      entity: testEntity('broken-team', 'Group'),
    });
    expect(
      await screen.findByText(/Could not load the team's maturity/),
    ).toBeInTheDocument();
    await waitFor(() => expect(fake.getGroupRollup).toHaveBeenCalled());
  });

  it('speaks Simplified Chinese when the app language is zh-CN', async () => {
    await renderWithApis(<GroupMaturityContent />, {
      api: api(),
      entity: testEntity('payments', 'Group'),
      language: 'zh-CN',
    });
    expect(await screen.findByText('实体（3）')).toBeInTheDocument();
    expect(screen.getByText('payments 的成熟度')).toBeInTheDocument();
    expect(
      screen.getByText(/3 个实体 · 平均总体级别 1\.3/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('包含子团队')).toBeInTheDocument();
    expect(screen.getByText('各能力域级别分布')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '指标' })).toBeInTheDocument();
  });
});
