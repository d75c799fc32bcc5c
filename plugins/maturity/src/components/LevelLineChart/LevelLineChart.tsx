import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import type { ChartRow } from '../../lib/history';

/** Starts loading the chart's code (recharts), e.g. while its data loads. */
export const loadLevelLineChart = () => import('./LevelLineChartImpl');

const Chart = lazy(loadLevelLineChart);

/**
 * Props of {@link LevelLineChart}.
 *
 * @public
 */
export interface LevelLineChartProps {
  /** Rows of a time (ms) and a level per series key. */
  rows: ChartRow[];
  /** The series to draw, by key, with their legend names. */
  series: Array<{ key: string; name: string }>;
  /** Draw level changes as steps (histories) instead of lines (averages). */
  step?: boolean;
  /** The accessible description of what the chart shows. */
  description: string;
  height?: number;
}

/**
 * A line chart of levels over time, loaded lazily with recharts.
 *
 * @public
 */
export function LevelLineChart(props: LevelLineChartProps) {
  return (
    <div role="img" aria-label={props.description}>
      <Suspense fallback={<Progress />}>
        <Chart {...props} />
      </Suspense>
    </div>
  );
}
