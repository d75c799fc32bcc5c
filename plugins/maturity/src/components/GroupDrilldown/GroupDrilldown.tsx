import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type { MaturityLevelDefinition } from '../../api/types';
import { useAllEntities } from '../../hooks/useAllEntities';
import { entitiesCsv } from '../../lib/csvExports';
import { CsvExportButton } from '../CsvExportButton';
import { LazyEntityLevelsTable } from '../EntityLevelsTable/LazyEntityLevelsTable';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link GroupDrilldown}.
 *
 * @public
 */
export interface GroupDrilldownProps {
  /** The group; absent: the entities no group owns. */
  groupRef?: string;
  /** The group's title (ignored for the unowned entities). */
  title: string;
  modelId?: string;
  kind?: string;
  lifecycle?: string;
  domains: Array<{ id: string; title: string }>;
  levels?: MaturityLevelDefinition[];
  onClose: () => void;
}

/**
 * The entities of one group of the org dashboard (nested groups included),
 * or those no group owns, with their levels, a link to the group's page and
 * CSV export.
 *
 * @public
 */
export function GroupDrilldown(props: GroupDrilldownProps) {
  const { groupRef, title, modelId, kind, lifecycle, domains, levels } = props;
  const { value, loading, error } = useAllEntities({
    model: modelId,
    ...(groupRef ? { group: groupRef } : { unowned: true }),
    kind: kind || undefined,
    lifecycle: lifecycle || undefined,
  });
  const name = groupRef ? parseEntityRef(groupRef).name : 'unowned';
  const { t } = useMaturityTranslation();
  const heading = groupRef
    ? t('groupDrilldown.title', { group: title })
    : t('groupDrilldown.unownedTitle');
  return (
    <InfoCard
      title={heading}
      subheader={
        groupRef ? (
          <span>
            {t('groupDrilldown.nested')} ·{' '}
            <EntityRefLink
              entityRef={groupRef}
              title={t('groupDrilldown.openGroup', { group: title })}
            />
          </span>
        ) : (
          t('groupDrilldown.unownedSubheader')
        )
      }
      action={
        <Button
          onClick={props.onClose}
          aria-label={t('groupDrilldown.closeAria', {
            group: groupRef ? title : heading,
          })}
        >
          {t('groupDrilldown.close')}
        </Button>
      }
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.items.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('groupDrilldown.empty')}
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <LazyEntityLevelsTable
          title={t('groupDrilldown.tableTitle', { count: value.items.length })}
          items={value.items}
          domains={domains}
          levels={levels}
          actions={
            <Box mb={1}>
              <CsvExportButton
                filename={`maturity-${name}.csv`}
                csv={() => entitiesCsv(value.items, domains)}
              />
            </Box>
          }
        />
      )}
    </InfoCard>
  );
}
