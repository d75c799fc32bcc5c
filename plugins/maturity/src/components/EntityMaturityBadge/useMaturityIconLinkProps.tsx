import { stringifyEntityRef } from '@backstage/catalog-model';
import type { IconLinkVerticalProps } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import AssessmentIcon from '@material-ui/icons/Assessment';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { errorMessage, isNotFoundError } from '../../lib/errors';
import { levelLabel } from '../../lib/levels';
import { LevelChip } from '../LevelChip';
import { useMaturityTranslation } from '../../translation';

/**
 * The props of the maturity badge among an entity's icon links (the About
 * card of the new frontend system): the overall level as a level chip with
 * its name, linking to the entity's Maturity tab.
 *
 * @param tabPath - the path of the Maturity tab below the entity page
 */
export function useMaturityIconLinkProps(
  tabPath = 'maturity',
): Omit<IconLinkVerticalProps, 'color'> {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(maturityApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const { value, loading, error } = useAsync(
    () => api.getScorecard(entityRef),
    [api, entityRef, language],
  );
  const href = `${entityRoute(entityRouteParams(entity))}/${tabPath}`;
  const icon = <AssessmentIcon />;

  if (loading) {
    return {
      href,
      icon,
      label: t('entityMaturityBadge.loading'),
      title: t('entityMaturityBadge.loadingTooltip'),
    };
  }
  if (error) {
    const notFound = isNotFoundError(error);
    return {
      href,
      icon,
      label: notFound
        ? t('entityMaturityBadge.notEvaluated')
        : t('entityMaturityBadge.unavailable'),
      title: notFound
        ? t('entityMaturityBadge.notEvaluatedTooltip')
        : t('entityMaturityBadge.unavailableTooltip', {
            error: errorMessage(error),
          }),
    };
  }
  const label = t('entityMaturityBadge.tooltip', {
    level: levelLabel(value?.level ?? null, value?.levels, i18n),
  });
  return {
    href,
    icon: (
      <LevelChip
        level={value?.level ?? null}
        levels={value?.levels}
        size="small"
      />
    ),
    label,
    title: label,
  };
}
