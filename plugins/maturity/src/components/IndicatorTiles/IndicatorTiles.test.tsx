import { screen, waitFor, within } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import type { IndicatorList, IndicatorValue } from '../../api/types';
import { formatDay } from '../../lib/time';
import { IndicatorTiles } from './IndicatorTiles';

jest.setTimeout(30_000);

function indicator(partial: Partial<IndicatorValue>): IndicatorValue {
  return {
    id: 'alert-detection',
    title: 'Alert detection rate',
    unit: '%',
    target: 90,
    direction: 'increase',
    value: 92.46,
    met: true,
    entityCount: 12,
    noDataCount: 3,
    history: [],
    ...partial,
  };
}

function list(
  indicators: IndicatorValue[],
  computedAt: string | null = '2026-12-06T03:00:00.000Z',
): IndicatorList {
  return { modelId: 'caict-devops', groupRef: null, computedAt, indicators };
}

async function renderTiles(
  getIndicators: () => Promise<IndicatorList>,
  props: { modelId?: string; groupRef?: string } = {},
) {
  const api = fakeMaturityApi({ getIndicators });
  await renderWithApis(
    <IndicatorTiles modelId={props.modelId ?? 'caict-devops'} {...props} />,
    { api },
  );
  return api;
}

describe('IndicatorTiles', () => {
  it('shows value, target, status and counts of each indicator', async () => {
    const api = await renderTiles(
      async () =>
        list([
          indicator({
            description: 'Share of incidents **detected by alerts**.',
            reference: 'YD/T 3763.6 Monitoring L4',
          }),
          indicator({
            id: 'lead-time',
            title: 'Lead time for changes',
            unit: 'hours',
            target: 24,
            direction: 'decrease',
            value: 30.04,
            met: false,
            entityCount: 1,
            noDataCount: 0,
          }),
          indicator({
            id: 'failure-change',
            title: 'Change of change failure rate',
            target: -40,
            direction: 'decrease',
            value: -45,
            met: true,
          }),
          indicator({
            id: 'deploys',
            title: 'Deployments',
            unit: 'per week',
            target: 5,
            value: null,
            met: null,
            entityCount: 0,
            noDataCount: 7,
          }),
        ]),
      { groupRef: 'group:default/payments' },
    );
    expect(api.getIndicators).toHaveBeenCalledWith({
      model: 'caict-devops',
      group: 'group:default/payments',
    });

    const alert = await screen.findByRole('article', {
      name: 'Alert detection rate',
    });
    expect(
      within(alert).getByTestId('maturity-indicator-value'),
    ).toHaveTextContent(/^92\.5%$/);
    expect(
      within(alert).getByTestId('maturity-indicator-target'),
    ).toHaveTextContent(/^target ≥ 90%$/);
    expect(within(alert).getByText('Target met')).toBeInTheDocument();
    expect(
      within(alert).getByTestId('maturity-indicator-counts'),
    ).toHaveTextContent(/^12 entities · 3 without data$/);
    expect(within(alert).getByText('detected by alerts').tagName).toBe(
      'STRONG',
    );
    expect(
      within(alert).getByText('Standard: YD/T 3763.6 Monitoring L4'),
    ).toBeInTheDocument();

    const lead = screen.getByRole('article', { name: 'Lead time for changes' });
    expect(lead).toHaveTextContent('30 hours');
    expect(lead).toHaveTextContent('target ≤ 24 hours');
    expect(within(lead).getByText('Target not met')).toBeInTheDocument();
    expect(within(lead).queryByText('Target met')).toBeNull();
    expect(lead).toHaveTextContent('1 entity · 0 without data');

    const change = screen.getByRole('article', {
      name: 'Change of change failure rate',
    });
    expect(
      within(change).getByTestId('maturity-indicator-value'),
    ).toHaveTextContent(/^\u221245%$/);
    expect(change).toHaveTextContent('target ≤ \u221240%');

    const deploys = screen.getByTestId('maturity-indicator-deploys');
    expect(
      within(deploys).getByTestId('maturity-indicator-value'),
    ).toHaveTextContent(/^No data$/);
    expect(deploys).toHaveTextContent('target ≥ 5 per week');
    expect(
      within(deploys).queryByTestId('maturity-indicator-status'),
    ).toBeNull();
    expect(deploys).toHaveTextContent('0 entities · 7 without data');
    expect(deploys).toHaveTextContent('No daily values of Deployments yet.');
    expect(
      within(deploys).queryByTestId('maturity-indicator-sparkline'),
    ).toBeNull();

    expect(
      screen.getByText(/^Values of the evaluation run that ended /),
    ).toBeInTheDocument();
  });

  it('draws the history as a sparkline with gaps and a dashed target line', async () => {
    // jsdom lays nothing out; give recharts' container a size to draw into.
    const rect = jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({
        width: 240,
        height: 56,
        top: 0,
        left: 0,
        right: 240,
        bottom: 56,
        x: 0,
        y: 0,
        toJSON: () => ({}),
      });
    try {
      await renderTiles(async () =>
        list([
          indicator({
            history: [
              { date: '2026-12-01', value: 80 },
              { date: '2026-12-02', value: 85 },
              { date: '2026-12-03', value: null },
              { date: '2026-12-04', value: 88 },
              { date: '2026-12-05', value: 92.46 },
            ],
          }),
        ]),
      );
      const sparkline = await screen.findByRole('img', {
        name: `Daily values of Alert detection rate from 80% on ${formatDay(
          '2026-12-01',
        )} to 92.5% on ${formatDay('2026-12-05')}, target ≥ 90%`,
      });
      await waitFor(
        () =>
          expect(
            sparkline.querySelector('.maturity-indicator-target line'),
          ).not.toBeNull(),
        { timeout: 10_000 },
      );
      const target = sparkline.querySelector(
        '.maturity-indicator-target line',
      )!;
      expect(target).toHaveAttribute('stroke-dasharray', '4 3');
      expect(Number(target.getAttribute('y1'))).toBe(
        Number(target.getAttribute('y2')),
      );
      // The null day splits the line into two segments.
      const path = sparkline
        .querySelector('.recharts-line-curve')!
        .getAttribute('d')!;
      expect(path.match(/M/g)).toHaveLength(2);
    } finally {
      rect.mockRestore();
    }
  });

  it('asks the whole org when no group is given', async () => {
    const api = await renderTiles(async () => list([indicator({})]), {
      modelId: 'other-model',
    });
    await screen.findByRole('article', { name: 'Alert detection rate' });
    expect(api.getIndicators).toHaveBeenCalledWith({
      model: 'other-model',
      group: undefined,
    });
  });

  it('tells that values come after the first full run', async () => {
    await renderTiles(async () =>
      list([indicator({ value: null, met: null, entityCount: 0 })], null),
    );
    expect(
      await screen.findByText(
        /values appear after the first full evaluation run/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('article', { name: 'Alert detection rate' }),
    ).toHaveTextContent('No data');
  });

  it('shows progress while loading, then the empty state of a model without indicators', async () => {
    let resolve: (value: IndicatorList) => void = () => {};
    await renderTiles(
      () =>
        new Promise<IndicatorList>(r => {
          resolve = r;
        }),
    );
    expect(
      within(screen.getByTestId('maturity-indicators')).getByTestId('progress'),
    ).toBeInTheDocument();
    resolve(list([]));
    expect(
      await screen.findByText('No indicators in this model'),
    ).toBeInTheDocument();
  });

  it('shows errors', async () => {
    await renderTiles(async () => Promise.reject(new Error('indicators down')));
    expect(
      await screen.findByText(/Could not load the indicators/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/indicators down/).length).toBeGreaterThan(0);
  });
});
