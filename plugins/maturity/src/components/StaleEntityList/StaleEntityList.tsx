import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import type { StaleEvidenceSummary } from '../../api/types';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link StaleEntityList}. */
export interface StaleEntityListProps {
  /** The entities of a stale-evidence summary. */
  items: StaleEvidenceSummary['items'];
  /** How many entities there are in all, shown ones included. */
  total: number;
  /** The path of the Maturity tab below the entity page (default `maturity`). */
  tabPath?: string;
}

/**
 * The entities resting on stale evidence, each linking to its Maturity tab
 * with the number of checks showing an earlier result, and "and N more"
 * when the list is cut short.
 */
export function StaleEntityList(props: StaleEntityListProps) {
  const { items, total, tabPath = 'maturity' } = props;
  const { t } = useMaturityTranslation();
  const entityRoute = useRouteRef(entityRouteRef);
  const more = total - items.length;
  return (
    <>
      <ul aria-label={t('staleEvidence.entitiesAria')} style={{ margin: 0 }}>
        {items.map(item => {
          const ref = parseEntityRef(item.entityRef);
          const checks = item.outages.reduce((n, o) => n + o.checks, 0);
          return (
            <li key={item.entityRef}>
              <Link to={`${entityRoute(entityRouteParams(ref))}/${tabPath}`}>
                {item.title ?? ref.name}
              </Link>
              <Typography variant="caption" color="textSecondary">
                {' · '}
                {t('staleEvidence.entityChecks', { count: checks })}
              </Typography>
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <Typography variant="caption" component="p">
          {t('staleEvidence.more', { count: more })}
        </Typography>
      )}
    </>
  );
}
