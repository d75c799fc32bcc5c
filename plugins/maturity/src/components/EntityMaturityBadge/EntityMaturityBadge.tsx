import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { errorMessage, isNotFoundError } from '../../lib/errors';
import { levelLabel } from '../../lib/levels';
import { LevelChip } from '../LevelChip';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
  },
}));

/**
 * Props of {@link EntityMaturityBadge}.
 *
 * @public
 */
export interface EntityMaturityBadgeProps {
  /** The entity; the entity of the current page when absent. */
  entityRef?: string;
  /** The model; the backend's default model when absent. */
  modelId?: string;
}

function CurrentEntityBadge(props: { modelId?: string }) {
  const { entity } = useEntity();
  return (
    <MaturityBadge
      entityRef={stringifyEntityRef(entity)}
      modelId={props.modelId}
    />
  );
}

/**
 * A compact badge of an entity's overall maturity level, for headers, lists
 * and tables. Without `entityRef` it must be rendered on an entity page.
 *
 * @public
 */
export function EntityMaturityBadge(props: EntityMaturityBadgeProps) {
  return props.entityRef ? (
    <MaturityBadge entityRef={props.entityRef} modelId={props.modelId} />
  ) : (
    <CurrentEntityBadge modelId={props.modelId} />
  );
}

function MaturityBadge(props: { entityRef: string; modelId?: string }) {
  const { entityRef } = props;
  const classes = useStyles();
  const api = useApi(maturityApiRef);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const { value, loading, error } = useAsync(
    () => api.getScorecard(entityRef, { model: props.modelId }),
    [api, entityRef, props.modelId, language],
  );

  let body;
  let tooltip: string;
  if (loading) {
    tooltip = t('entityMaturityBadge.loadingTooltip');
    body = (
      <Typography variant="caption" color="textSecondary">
        {t('entityMaturityBadge.loading')}
      </Typography>
    );
  } else if (error) {
    tooltip = isNotFoundError(error)
      ? t('entityMaturityBadge.notEvaluatedTooltip')
      : t('entityMaturityBadge.unavailableTooltip', {
          error: errorMessage(error),
        });
    body = (
      <Typography variant="caption" color="textSecondary">
        {isNotFoundError(error)
          ? t('entityMaturityBadge.notEvaluated')
          : t('entityMaturityBadge.unavailable')}
      </Typography>
    );
  } else {
    tooltip = t('entityMaturityBadge.tooltip', {
      level: levelLabel(value?.level ?? null, value?.levels, i18n),
    });
    body = (
      <>
        <Typography variant="caption">
          {t('entityMaturityBadge.label')}
        </Typography>
        <LevelChip
          level={value?.level ?? null}
          levels={value?.levels}
          size="small"
          showTitle
        />
      </>
    );
  }
  return (
    <span
      className={classes.root}
      title={tooltip}
      aria-busy={loading}
      data-testid="maturity-badge"
    >
      {body}
    </span>
  );
}
