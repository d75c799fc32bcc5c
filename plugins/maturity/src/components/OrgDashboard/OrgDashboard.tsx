import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import { useModelSummary } from '../../hooks/useModelSummary';
import { useOrgMatrix } from '../../hooks/useOrgMatrix';
import { useStaleEvidence } from '../../hooks/useStaleEvidence';
import { rollupCsv } from '../../lib/csvExports';
import { CsvExportButton } from '../CsvExportButton';
import { GroupDrilldown } from '../GroupDrilldown';
import { IndicatorsSection } from '../IndicatorTiles';
import { MaturityFilters, MaturityFilterValues } from '../MaturityFilters';
import { OrgStaleEvidence } from '../OrgStaleEvidence';
import { RollupHeatmap } from '../RollupHeatmap';
import { TeamPracticesTable } from '../TeamPracticesTable';
import { TrendSection } from '../TrendSection';
import { useMaturityTranslation } from '../../translation';

/** The selection of the unowned row (never a group ref). */
const UNOWNED = 'unowned';

function groupTitle(row: { groupRef: string; title?: string }): string {
  return row.title ?? row.groupRef.replace(/^group:(default\/)?/, '');
}

/**
 * The org dashboard: a warning when entities rest on stale evidence, filters, the model's indicators for the whole org, a
 * heatmap of groups × domains (and the entities no group owns) with
 * drill-down, CSV export, the teams' own practices (when groups are
 * evaluated) and the org trend.
 *
 * @public
 */
export function OrgDashboard() {
  const [filters, setFilters] = useState<MaturityFilterValues>({
    modelId: '',
    kind: '',
    lifecycle: '',
    domainId: '',
  });
  /** The drilled-into group ref, or UNOWNED. */
  const [selected, setSelected] = useState<string>();
  const { t } = useMaturityTranslation();
  const summary = useModelSummary(filters.modelId || undefined);
  const modelId = summary.model?.id;
  const allDomains = summary.domains;
  const domainIds = useMemo(() => allDomains.map(d => d.id), [allDomains]);
  // The matrix is asked for with the model list, not once it is in: the
  // default model by omission (the backend's default, as the list's).
  const defaultModelId = summary.models?.defaultModelId;
  const matrixModelId =
    filters.modelId && filters.modelId !== defaultModelId
      ? filters.modelId
      : undefined;
  const matrix = useOrgMatrix(
    {
      modelId: matrixModelId,
      kind: filters.kind || undefined,
      lifecycle: filters.lifecycle || undefined,
    },
    domainIds,
  );

  const staleEvidence = useStaleEvidence({ modelId, skip: !modelId });

  if (summary.loading) return <Progress />;
  if (summary.error) {
    return (
      <ResponseErrorPanel
        error={summary.error}
        title={t('orgDashboard.loadError')}
      />
    );
  }
  if (!summary.model) {
    return (
      <EmptyState
        missing="data"
        title={t('common.noMaturityModelTitle')}
        description={t('common.noMaturityModelDescription')}
      />
    );
  }

  const columns = filters.domainId
    ? allDomains.filter(d => d.id === filters.domainId)
    : allDomains;
  const rows = matrix.value?.rows ?? [];
  const unowned = matrix.value?.unowned;
  const hasRows = rows.length > 0 || Boolean(unowned?.entityCount);
  const selectedRow = rows.find(r => r.groupRef === selected);
  const roots = rows.filter(r => !r.parentRef);
  const levels = summary.model.levels;

  return (
    <Grid container spacing={3}>
      {staleEvidence?.entities ? (
        <Grid item xs={12}>
          <OrgStaleEvidence summary={staleEvidence} />
        </Grid>
      ) : null}
      <Grid item xs={12}>
        <MaturityFilters
          values={{ ...filters, modelId: modelId ?? '' }}
          onChange={next => {
            setFilters(next);
            if (next.modelId !== modelId) setSelected(undefined);
          }}
          models={summary.models?.items ?? []}
          domains={allDomains}
        />
      </Grid>
      <IndicatorsSection modelId={summary.model.id} />
      <Grid item xs={12}>
        <InfoCard
          title={t('orgDashboard.matrixTitle')}
          subheader={t('orgDashboard.matrixSubheader')}
          action={
            <CsvExportButton
              filename={`maturity-org-${modelId}.csv`}
              csv={() => rollupCsv(rows, columns, unowned)}
              disabled={!hasRows}
            />
          }
        >
          {matrix.loading && <Progress />}
          {matrix.error && <ResponseErrorPanel error={matrix.error} />}
          {!matrix.loading && !matrix.error && !hasRows && (
            <EmptyState
              missing="data"
              title={t('orgDashboard.noGroupsTitle')}
              description={t('orgDashboard.noGroupsDescription')}
            />
          )}
          {!matrix.loading && hasRows && (
            <>
              <RollupHeatmap
                rows={rows}
                domains={columns}
                levels={levels}
                selectedGroupRef={selected}
                onSelectGroup={ref =>
                  setSelected(ref === selected ? undefined : ref)
                }
                unowned={unowned}
                unownedSelected={selected === UNOWNED}
                onSelectUnowned={() =>
                  setSelected(selected === UNOWNED ? undefined : UNOWNED)
                }
              />
              <Typography variant="caption" color="textSecondary">
                {t('orgDashboard.matrixHint')}
              </Typography>
            </>
          )}
        </InfoCard>
      </Grid>
      {selected && (
        <Grid item xs={12}>
          <GroupDrilldown
            groupRef={selected === UNOWNED ? undefined : selected}
            title={selectedRow ? groupTitle(selectedRow) : selected}
            modelId={modelId}
            kind={filters.kind}
            lifecycle={filters.lifecycle}
            domains={columns}
            levels={levels}
            onClose={() => setSelected(undefined)}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <TeamPracticesTable
          modelId={modelId}
          domains={columns}
          levels={levels}
        />
      </Grid>
      <Grid item xs={12}>
        <InfoCard title={t('common.trend')}>
          <TrendSection
            key={`${modelId}:${filters.domainId}`}
            modelId={modelId}
            groups={roots.map(r => ({
              groupRef: r.groupRef,
              title: groupTitle(r),
            }))}
            showOverall
            domains={allDomains}
            domainId={filters.domainId || undefined}
          />
          <Typography variant="caption" color="textSecondary">
            {t('orgDashboard.trendNote')}
          </Typography>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
