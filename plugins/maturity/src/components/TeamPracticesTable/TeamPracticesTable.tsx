import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useMemo } from 'react';
import type { MaturityLevelDefinition } from '../../api/types';
import { useAllEntities } from '../../hooks/useAllEntities';
import { entitiesCsv } from '../../lib/csvExports';
import { CsvExportButton } from '../CsvExportButton';
import { LazyEntityLevelsTable } from '../EntityLevelsTable/LazyEntityLevelsTable';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link TeamPracticesTable}.
 *
 * @public
 */
export interface TeamPracticesTableProps {
  modelId?: string;
  /** The domain columns that may be shown, in display order. */
  domains: Array<{ id: string; title: string }>;
  levels?: MaturityLevelDefinition[];
}

/**
 * The teams' own practices: every evaluated group with its own overall level
 * and its levels in the domains that have team checks (not the rollup of what
 * it owns). Renders nothing while loading or when no group is evaluated.
 *
 * @public
 */
export function TeamPracticesTable(props: TeamPracticesTableProps) {
  const { modelId, levels } = props;
  const { t } = useMaturityTranslation();
  const { value, error } = useAllEntities({ model: modelId, kind: 'group' });
  const items = useMemo(() => value?.items ?? [], [value]);
  // Only the domains some team has a level in: team checks cover a few.
  const domains = useMemo(
    () =>
      props.domains.filter(d =>
        items.some(i => (i.domains[d.id]?.level ?? null) !== null),
      ),
    [props.domains, items],
  );

  if (error) {
    return (
      <InfoCard title={t('teamPracticesTable.title')}>
        <ResponseErrorPanel error={error} />
      </InfoCard>
    );
  }
  if (items.length === 0) return null;
  return (
    <InfoCard
      title={t('teamPracticesTable.title')}
      subheader={t('teamPracticesTable.subheader')}
      action={
        <CsvExportButton
          filename={`maturity-teams-${modelId ?? 'default'}.csv`}
          csv={() => entitiesCsv(items, domains)}
          label={t('teamPracticesTable.exportCsv')}
        />
      }
    >
      <LazyEntityLevelsTable
        title={t('teamPracticesTable.tableTitle', { count: items.length })}
        items={items}
        domains={domains}
        levels={levels}
      />
    </InfoCard>
  );
}
