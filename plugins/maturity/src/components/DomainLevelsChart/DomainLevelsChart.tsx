import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import type { MaturityLevelDefinition } from '../../api/types';
import { useMaturityTranslation } from '../../translation';

/** Starts loading the chart's code (recharts), e.g. while its data loads. */
export const loadDomainLevelsChart = () => import('./DomainLevelsChartImpl');

const Chart = lazy(loadDomainLevelsChart);

/**
 * Props of {@link DomainLevelsChart}.
 *
 * @public
 */
export interface DomainLevelsChartProps {
  /** The domains in display order; not-applicable ones are left out. */
  domains: Array<{ id: string; title: string; level: number | null }>;
  levels?: MaturityLevelDefinition[];
}

/**
 * A bar chart of every domain's level, loaded lazily with recharts. Its
 * accessible name lists the levels as text.
 *
 * @public
 */
export function DomainLevelsChart(props: DomainLevelsChartProps) {
  const { t } = useMaturityTranslation();
  const applicable = props.domains.filter(d => d.level !== null);
  const description = applicable
    .map(d =>
      t('domainLevelsChart.domainLevel', { domain: d.title, level: d.level! }),
    )
    .join(t('common.listSeparator'));
  return (
    <div
      role="img"
      aria-label={t('domainLevelsChart.description', { levels: description })}
    >
      <Suspense fallback={<Progress />}>
        <Chart {...props} />
      </Suspense>
    </div>
  );
}
