import { screen, waitFor, within } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { entities, levels } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import type { EntityListItem } from '../../api/types';
import { TeamPracticesTable } from './TeamPracticesTable';

const domains = [
  { id: 'continuous-delivery', title: 'Continuous Delivery' },
  { id: 'agile', title: 'Agile Development Management' },
];

const team: EntityListItem = {
  ...entities[0],
  entityRef: 'group:default/payments',
  kind: 'Group',
  name: 'payments',
  title: 'Payments',
  ownerRef: undefined,
  level: 2,
  domains: {
    agile: { level: 2, score: 0.6 },
    'continuous-delivery': { level: null, score: 0 },
  },
};

describe('TeamPracticesTable', () => {
  it("lists each team's own levels in the domains with team checks", async () => {
    const api = fakeMaturityApi({
      listEntities: async () => ({ items: [team], totalCount: 1 }),
    });
    await renderWithApis(
      <TeamPracticesTable
        modelId="caict-devops"
        domains={domains}
        levels={levels}
      />,
      { api },
    );
    expect(await screen.findByText("Teams' own practices")).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith({
      model: 'caict-devops',
      kind: 'group',
      cursor: undefined,
      limit: 1000,
    });
    expect(screen.getByText('1 team')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(
      within(table).getByText('Agile Development Management'),
    ).toBeInTheDocument();
    // No team has a level in it: no column.
    expect(within(table).queryByText('Continuous Delivery')).toBeNull();
    expect(within(table).getByText('Payments')).toBeInTheDocument();
  });

  it('renders nothing when no group is evaluated', async () => {
    const api = fakeMaturityApi({
      listEntities: async () => ({ items: [], totalCount: 0 }),
    });
    await renderWithApis(
      <div data-testid="host">
        <TeamPracticesTable domains={domains} />
      </div>,
      { api },
    );
    await waitFor(() => expect(api.listEntities).toHaveBeenCalled());
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });

  it('shows errors', async () => {
    const api = fakeMaturityApi({
      listEntities: async () => Promise.reject(new Error('backend down')),
    });
    await renderWithApis(<TeamPracticesTable domains={domains} />, { api });
    expect((await screen.findAllByText(/backend down/)).length).toBeGreaterThan(
      0,
    );
  });

  it('speaks Simplified Chinese', async () => {
    const api = fakeMaturityApi({
      listEntities: async () => ({ items: [team], totalCount: 1 }),
    });
    await renderWithApis(<TeamPracticesTable domains={domains} />, {
      api,
      language: 'zh-CN',
    });
    expect(await screen.findByText('1 个团队')).toBeInTheDocument();
  });
});
