import { useTheme } from '@material-ui/core/styles';
import {
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIndicatorValue } from '../../lib/indicators';
import { formatDay } from '../../lib/time';
import type { IndicatorSparklineProps } from './IndicatorSparkline';
import { useMaturityTranslation } from '../../translation';

/** Whether a point has a value but no neighbour with one: a line would not show it. */
function isIsolated(history: IndicatorSparklineProps['history'], i: number) {
  return (
    history[i]?.value !== null &&
    (history[i - 1]?.value ?? null) === null &&
    (history[i + 1]?.value ?? null) === null
  );
}

/** The recharts chart behind {@link IndicatorSparkline}; loaded lazily. */
export default function IndicatorSparklineImpl(props: IndicatorSparklineProps) {
  const { history, target, unit, height = 56 } = props;
  const theme = useTheme();
  const i18n = useMaturityTranslation();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={history}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <XAxis dataKey="date" hide />
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Tooltip
          labelFormatter={(day: string) => formatDay(day, i18n.language)}
          separator=""
          formatter={(value: number) => [
            formatIndicatorValue(value, unit, i18n),
            '',
          ]}
        />
        <ReferenceLine
          y={target}
          ifOverflow="extendDomain"
          stroke={theme.palette.text.secondary}
          strokeDasharray="4 3"
          className="maturity-indicator-target"
        />
        <Line
          dataKey="value"
          type="linear"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={(dot: { key?: string; index: number; cx: number; cy: number }) =>
            isIsolated(history, dot.index) ? (
              <circle
                key={dot.key}
                cx={dot.cx}
                cy={dot.cy}
                r={2.5}
                fill={theme.palette.primary.main}
              />
            ) : (
              <g key={dot.key} />
            )
          }
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
