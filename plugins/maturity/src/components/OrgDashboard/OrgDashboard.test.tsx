import { screen } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { OrgDashboard } from './OrgDashboard';

describe('OrgDashboard', () => {
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
