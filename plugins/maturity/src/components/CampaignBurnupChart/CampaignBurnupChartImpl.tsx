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
import { formatDay } from '../../lib/time';
import type { CampaignBurnupChartProps } from './CampaignBurnupChart';
import { useMaturityTranslation } from '../../translation';

/** The recharts chart behind {@link CampaignBurnupChart}; loaded lazily. */
export default function CampaignBurnupChartImpl(
  props: CampaignBurnupChartProps,
) {
  const { points, height = 300 } = props;
  const { t, language } = useMaturityTranslation();
  const tickDay = (day: string) => formatDay(day, language);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={points}
        margin={{ top: 8, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tickFormatter={tickDay} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip labelFormatter={(day: string) => tickDay(day)} />
        <Legend />
        <Line
          dataKey="meeting"
          name={t('campaignBurnupChart.meeting')}
          stroke="#0072B2"
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="ideal"
          name={t('campaignBurnupChart.ideal')}
          stroke="#009E73"
          strokeDasharray="6 3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="inScope"
          name={t('campaignBurnupChart.inScope')}
          stroke="#D55E00"
          strokeDasharray="2 2"
          strokeWidth={2}
          dot={false}
          type="stepAfter"
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
