import { screen, waitFor } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis, testEntity } from '../../__testUtils__/render';
import { EntityMaturityContent } from './EntityMaturityContent';

/** The chart modules loaded, in order. */
const mockLoadedCharts: string[] = [];

jest.mock('../DomainLevelsChart/DomainLevelsChartImpl', () => {
  mockLoadedCharts.push('domain levels');
  return { __esModule: true, default: () => null };
});
jest.mock('../LevelLineChart/LevelLineChartImpl', () => {
  mockLoadedCharts.push('level history');
  return { __esModule: true, default: () => null };
});

describe('EntityMaturityContent charts', () => {
  it("loads the charts' code while the scorecard is still on its way", async () => {
    const api = fakeMaturityApi({
      getScorecard: () => new Promise(() => {}),
      getEntityHistory: () => new Promise(() => {}),
      listAttestations: () => new Promise(() => {}),
      listWaivers: () => new Promise(() => {}),
      listEntityCampaigns: () => new Promise(() => {}),
    });
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('charts-early'),
    });
    await waitFor(() =>
      expect([...mockLoadedCharts].sort()).toEqual([
        'domain levels',
        'level history',
      ]),
    );
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });
});
