import IndicatorSparklineImpl from './IndicatorSparklineImpl';
import { renderTranslated } from '../../__testUtils__/translation';

describe('IndicatorSparklineImpl', () => {
  let rect: jest.SpyInstance;
  beforeEach(() => {
    // jsdom lays nothing out; give recharts' container a size to draw into.
    rect = jest
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
  });
  afterEach(() => rect.mockRestore());

  function draw(values: Array<number | null>, target = 90) {
    const history = values.map((value, i) => ({
      date: `2026-12-0${i + 1}`,
      value,
    }));
    return renderTranslated(
      <IndicatorSparklineImpl
        history={history}
        target={target}
        unit="%"
        description="test"
      />,
    ).container;
  }

  it('marks days with a value between two gaps with a dot, others not', () => {
    const chart = draw([80, 81, null, 85, null, 86, 87]);
    // Three runs of values, the middle one a single day.
    expect(chart.querySelectorAll('.recharts-line circle')).toHaveLength(1);
    expect(
      chart
        .querySelector('.recharts-line-curve')!
        .getAttribute('d')!
        .match(/M/g),
    ).toHaveLength(3);
  });

  it('shows a single value as a dot', () => {
    const chart = draw([null, 40, null]);
    expect(chart.querySelectorAll('.recharts-line circle')).toHaveLength(1);
  });

  it('keeps the target line in view when every value is far from it', () => {
    const chart = draw([10, 12, 11], 90);
    const line = chart.querySelector('.maturity-indicator-target line')!;
    const y = Number(line.getAttribute('y1'));
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(56);
  });
});
