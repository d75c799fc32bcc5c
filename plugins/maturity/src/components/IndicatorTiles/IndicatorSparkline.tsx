import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import type { IndicatorHistoryPoint } from '../../api/types';

const Chart = lazy(() => import('./IndicatorSparklineImpl'));

/**
 * Props of {@link IndicatorSparkline}.
 *
 * @public
 */
export interface IndicatorSparklineProps {
  /** Daily values, oldest first; null values are drawn as gaps. */
  history: IndicatorHistoryPoint[];
  /** Drawn as a dashed horizontal line. */
  target: number;
  /** The unit of values and target, for the tooltip. */
  unit: string;
  /** The text alternative of the chart. */
  description: string;
  height?: number;
}

/**
 * A small line chart of an indicator's daily values with its target as a
 * dashed line, loaded lazily with recharts.
 *
 * @public
 */
export function IndicatorSparkline(props: IndicatorSparklineProps) {
  return (
    <div
      role="img"
      aria-label={props.description}
      data-testid="maturity-indicator-sparkline"
    >
      <Suspense fallback={<Progress />}>
        <Chart {...props} />
      </Suspense>
    </div>
  );
}
