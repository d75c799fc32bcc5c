import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { useMaturityTranslation } from '../../translation';
import { IndicatorTiles } from './IndicatorTiles';

/**
 * Props of {@link IndicatorsSection}.
 *
 * @public
 */
export interface IndicatorsSectionProps {
  /** The model whose indicators to show. */
  modelId: string;
  /** The group (nested teams included); the whole org when absent. */
  groupRef?: string;
}

/**
 * The "Indicators" section of the group tab and the org page: a full-width
 * grid item with the model's KPI tiles for a group or the org.
 *
 * @public
 */
export function IndicatorsSection(props: IndicatorsSectionProps) {
  const { modelId, groupRef } = props;
  const { t } = useMaturityTranslation();
  return (
    <Grid
      item
      xs={12}
      component="section"
      aria-label={t('indicators.sectionTitle')}
    >
      <InfoCard
        title={t('indicators.sectionTitle')}
        subheader={t(
          groupRef ? 'indicators.groupSubheader' : 'indicators.orgSubheader',
        )}
      >
        <IndicatorTiles modelId={modelId} groupRef={groupRef} />
      </InfoCard>
    </Grid>
  );
}
