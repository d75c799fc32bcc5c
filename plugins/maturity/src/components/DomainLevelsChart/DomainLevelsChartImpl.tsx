import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { levelColours, levelLabel } from '../../lib/levels';
import type { DomainLevelsChartProps } from './DomainLevelsChart';
import { useMaturityTranslation } from '../../translation';

/** The recharts bar chart behind {@link DomainLevelsChart}; loaded lazily. */
export default function DomainLevelsChartImpl(props: DomainLevelsChartProps) {
  const { domains, levels } = props;
  const i18n = useMaturityTranslation();
  const data = domains
    .filter(d => d.level !== null)
    .map(d => ({ name: d.title, level: d.level as number }));
  const height = 48 + data.length * 34;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 5]}
          ticks={[0, 1, 2, 3, 4, 5]}
          allowDecimals={false}
        />
        <YAxis type="category" dataKey="name" width={190} interval={0} />
        <Tooltip
          formatter={(value: number) => [
            levelLabel(value, levels, i18n),
            i18n.t('domainLevelsChart.tooltipName'),
          ]}
        />
        <Bar dataKey="level" isAnimationActive={false}>
          {data.map(d => (
            <Cell key={d.name} fill={levelColours(d.level).background} />
          ))}
          <LabelList dataKey="level" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
