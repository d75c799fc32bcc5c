import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { formatDateTime } from '../../lib/time';
import { IndicatorTile } from './IndicatorTile';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link IndicatorTiles}.
 *
 * @public
 */
export interface IndicatorTilesProps {
  /** The model whose indicators to show. */
  modelId: string;
  /** A group ref (nested groups included); the whole org when absent. */
  groupRef?: string;
}

/**
 * A grid of the model's indicators (KPIs) for a group or the whole org, one
 * tile each, with loading, error and empty states and a notice before the
 * first full evaluation run.
 *
 * @public
 */
export function IndicatorTiles(props: IndicatorTilesProps) {
  const { modelId, groupRef } = props;
  const api = useApi(maturityApiRef);
  const { t, language } = useMaturityTranslation();
  const { value, loading, error } = useAsync(
    () => api.getIndicators({ model: modelId, group: groupRef }),
    [api, modelId, groupRef, language],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ResponseErrorPanel error={error} title={t('indicators.loadError')} />
    );
  } else if (!value || value.indicators.length === 0) {
    content = (
      <EmptyState
        missing="content"
        title={t('indicators.emptyTitle')}
        description={t('indicators.emptyDescription')}
      />
    );
  } else {
    content = (
      <>
        {value.computedAt === null ? (
          <Alert severity="info" style={{ marginBottom: 16 }}>
            {t('indicators.notComputed')}
          </Alert>
        ) : (
          <Typography variant="body2" color="textSecondary" gutterBottom>
            {t('indicators.computedAt', {
              time: formatDateTime(value.computedAt, language),
            })}
          </Typography>
        )}
        <Grid container spacing={2}>
          {value.indicators.map(indicator => (
            <Grid item key={indicator.id} xs={12} sm={6} md={4} xl={3}>
              <IndicatorTile indicator={indicator} />
            </Grid>
          ))}
        </Grid>
      </>
    );
  }
  return <div data-testid="maturity-indicators">{content}</div>;
}
