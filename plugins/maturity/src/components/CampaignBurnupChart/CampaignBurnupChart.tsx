import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import type { CampaignBurnupPoint } from '../../api/campaignTypes';

const Chart = lazy(() => import('./CampaignBurnupChartImpl'));

/** Props of {@link CampaignBurnupChart}. */
export interface CampaignBurnupChartProps {
  points: CampaignBurnupPoint[];
  /** The accessible description of what the chart shows. */
  description: string;
  height?: number;
}

/**
 * The burn-up of a campaign: entities meeting its targets per day against
 * the ideal line and the entities in scope, loaded lazily with recharts.
 */
export function CampaignBurnupChart(props: CampaignBurnupChartProps) {
  return (
    <div role="img" aria-label={props.description}>
      <Suspense fallback={<Progress />}>
        <Chart {...props} />
      </Suspense>
    </div>
  );
}
