import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatAverage } from '../../lib/levels';
import { formatDate } from '../../lib/time';
import type { LevelLineChartProps } from './LevelLineChart';
import { useMaturityTranslation } from '../../translation';

/** Distinct series colours (Okabe–Ito), with dash patterns as a second cue. */
const COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];
const DASHES = ['', '6 3', '2 2', '8 3 2 3'];

/** The recharts line chart behind {@link LevelLineChart}; loaded lazily. */
export default function LevelLineChartImpl(props: LevelLineChartProps) {
  const { rows, series, step, height = 300 } = props;
  const { language } = useMaturityTranslation();
  const tickDate = (time: number) =>
    formatDate(new Date(time).toISOString(), language);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={tickDate}
        />
        <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} width={32} />
        <Tooltip
          labelFormatter={(time: number) => tickDate(time)}
          formatter={(value: number, name: string) => [
            formatAverage(value, language),
            name,
          ]}
        />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type={step ? 'stepAfter' : 'monotone'}
            stroke={COLOURS[i % COLOURS.length]}
            strokeDasharray={DASHES[i % DASHES.length]}
            strokeWidth={s.key === 'overall' ? 3 : 2}
            dot={!step}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
