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
import { EntityLevelsTable } from '../EntityLevelsTable';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link GroupDrilldown}.
 *
 * @public
 */
export interface GroupDrilldownProps {
  groupRef: string;
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
 * with their levels, a link to the group's page and CSV export.
 *
 * @public
 */
export function GroupDrilldown(props: GroupDrilldownProps) {
  const { groupRef, title, modelId, kind, lifecycle, domains, levels } = props;
  const { value, loading, error } = useAllEntities({
    model: modelId,
    group: groupRef,
    kind: kind || undefined,
    lifecycle: lifecycle || undefined,
  });
  const name = parseEntityRef(groupRef).name;
  const { t } = useMaturityTranslation();
  return (
    <InfoCard
      title={t('groupDrilldown.title', { group: title })}
      subheader={
        <span>
          {t('groupDrilldown.nested')} ·{' '}
          <EntityRefLink
            entityRef={groupRef}
            title={t('groupDrilldown.openGroup', { group: title })}
          />
        </span>
      }
      action={
        <Button
          onClick={props.onClose}
          aria-label={t('groupDrilldown.closeAria', { group: title })}
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
        <EntityLevelsTable
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
