import { screen, within } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { levels } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { HistorySection } from './HistorySection';

const point = (
  domainId: string | null,
  level: number,
  previousLevel: number | null,
  day: string,
) => ({
  entityRef: 'component:default/x',
  modelId: 'caict-devops',
  domainId,
  level,
  previousLevel,
  score: level / 5,
  recordedAt: `${day}T10:00:00.000Z`,
});

const domains = [
  { id: 'platform-engineering', title: 'Platform Engineering' },
  { id: 'sre', title: 'SRE' },
];

describe('HistorySection', () => {
  it('charts the levels over time and lists the latest changes', async () => {
    const items = [
      point(null, 0, null, '2024-01-01'),
      point('sre', 1, null, '2024-01-01'),
      point('sre', 2, 1, '2024-03-01'),
      point(null, 1, 0, '2024-03-01'),
    ];
    await renderWithApis(
      <HistorySection
        history={{ loading: false, value: { items } }}
        domains={domains}
        levels={levels}
      />,
      { api: fakeMaturityApi() },
    );
    expect(
      await screen.findByRole('img', {
        name: 'Level history of Overall, Platform Engineering, SRE',
      }),
    ).toBeInTheDocument();
    const changes = within(
      screen.getByRole('list', { name: 'Latest level changes' }),
    )
      .getAllByRole('listitem')
      .map(li => li.textContent);
    expect(changes[0]).toMatch(
      /^(SRE: Level 1 · Initial → Level 2 · Foundation|Overall: Level 0 · Below Initial → Level 1 · Initial)/,
    );
    expect(changes).toContainEqual(
      expect.stringContaining('SRE: none → Level 1 · Initial'),
    );
  });

  it('shows loading, empty and error states', async () => {
    const { unmount } = await renderWithApis(
      <HistorySection history={{ loading: true }} domains={domains} />,
      { api: fakeMaturityApi() },
    );
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    unmount();
    const empty = await renderWithApis(
      <HistorySection
        history={{ loading: false, value: { items: [] } }}
        domains={domains}
      />,
      { api: fakeMaturityApi() },
    );
    expect(
      await screen.findByText('No level changes recorded yet.'),
    ).toBeInTheDocument();
    empty.unmount();
    await renderWithApis(
      <HistorySection
        history={{ loading: false, error: new Error('history down') }}
        domains={domains}
      />,
      { api: fakeMaturityApi() },
    );
    expect((await screen.findAllByText(/history down/)).length).toBeGreaterThan(
      0,
    );
  });
});
