import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { useAllEntities } from '../../hooks/useAllEntities';
import { useModelSummary } from '../../hooks/useModelSummary';
import { useStaleEvidence } from '../../hooks/useStaleEvidence';
import { useTeamScorecard } from '../../hooks/useTeamScorecard';
import { aggregateEntities, weakestEntities } from '../../lib/aggregate';
import { entitiesCsv } from '../../lib/csvExports';
import { isNotFoundError } from '../../lib/errors';
import { formatAverage } from '../../lib/levels';
import { AfterFirstPaint } from '../AfterFirstPaint';
import { CsvExportButton } from '../CsvExportButton';
import { EntityLevelsTable } from '../EntityLevelsTable';
import { GroupCampaigns } from '../GroupCampaigns';
import { GROUP_STALE_LISTED, GroupStaleEvidence } from '../GroupStaleEvidence';
import { IndicatorsSection } from '../IndicatorTiles';
import { LevelChip } from '../LevelChip';
import { LevelDistribution } from '../LevelDistribution';
import { ReportLinkButton } from '../ReportLinkButton';
import { RollupHeatmap } from '../RollupHeatmap';
import { TeamScorecard } from '../TeamScorecard';
import { TrendSection } from '../TrendSection';
import { WeakestEntities } from '../WeakestEntities';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link GroupMaturityContent}.
 *
 * @public
 */
export interface GroupMaturityContentProps {
  /** The model to show; the backend's default model when absent. */
  modelId?: string;
  /** How many weakest entities to list (default 5). */
  weakestCount?: number;
}

/**
 * The Maturity tab of a group: the team's own scorecard (when groups are
 * evaluated), the model's indicators for the team (sub-teams
 * included), its entities (nested teams included or not) with a level column
 * per domain, the level distribution per domain, the weakest entities,
 * sub-teams, the team's improvement campaigns, a trend chart and CSV export;
 * first, a warning when entities of the team rest on stale evidence.
 *
 * @public
 */
export function GroupMaturityContent(props: GroupMaturityContentProps) {
  const { modelId, weakestCount = 5 } = props;
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const groupTitle = entity.metadata.title ?? entity.metadata.name;
  const api = useApi(maturityApiRef);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const [nested, setNested] = useState(true);
  const summary = useModelSummary(modelId);
  // Asked for with the rest, not once the entities are in.
  const team = useTeamScorecard(groupRef, modelId);
  const entitiesState = useAllEntities({ model: modelId, group: groupRef });
  const staleEvidence = useStaleEvidence({
    modelId,
    group: groupRef,
    limit: GROUP_STALE_LISTED,
  });
  const rollupState = useAsync(
    () => api.getGroupRollup(groupRef, { model: modelId, weakest: 0 }),
    [api, groupRef, modelId],
  );

  const domains = summary.domains;
  const levels = summary.model?.levels;
  const allItems = useMemo(
    () => entitiesState.value?.items ?? [],
    [entitiesState.value],
  );
  const items = useMemo(
    () => (nested ? allItems : allItems.filter(i => i.ownerRef === groupRef)),
    [allItems, nested, groupRef],
  );
  const aggregates = useMemo(
    () =>
      aggregateEntities(
        items,
        domains.map(d => d.id),
      ),
    [items, domains],
  );

  if (summary.loading || (entitiesState.loading && !entitiesState.value)) {
    return <Progress />;
  }
  const error = summary.error ?? entitiesState.error;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title={t('groupMaturityContent.loadError')}
      />
    );
  }
  const teamScorecard = (
    <Grid item xs={12}>
      <TeamScorecard team={team} />
    </Grid>
  );
  if (allItems.length === 0) {
    return (
      <Grid container spacing={3}>
        {teamScorecard}
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title={t('groupMaturityContent.emptyTitle')}
            description={t('groupMaturityContent.emptyDescription')}
          />
        </Grid>
      </Grid>
    );
  }

  const children = rollupState.value?.children ?? [];
  const rollupError =
    rollupState.error && !isNotFoundError(rollupState.error)
      ? rollupState.error
      : undefined;

  return (
    <Grid container spacing={3}>
      {staleEvidence?.entities ? (
        <Grid item xs={12}>
          <GroupStaleEvidence summary={staleEvidence} />
        </Grid>
      ) : null}
      {teamScorecard}
      <Grid item xs={12}>
        <InfoCard
          title={t('groupMaturityContent.title', { group: groupTitle })}
          subheader={summary.model?.title}
          action={<ReportLinkButton entityRef={groupRef} />}
        >
          <Grid container spacing={2} alignItems="center">
            <Grid item>
              <FormControlLabel
                control={
                  <Switch
                    checked={nested}
                    onChange={e => setNested(e.target.checked)}
                    color="primary"
                  />
                }
                label={t('groupMaturityContent.includeSubTeams')}
              />
            </Grid>
            <Grid item>
              <Typography variant="body1">
                {t('groupMaturityContent.summary', {
                  count: items.length,
                  average: formatAverage(
                    aggregates.overall.averageLevel,
                    language,
                  ),
                })}
              </Typography>
            </Grid>
            {aggregates.overall.averageLevel !== null && (
              <Grid item>
                <LevelChip
                  level={Math.floor(aggregates.overall.averageLevel)}
                  levels={levels}
                  showTitle
                />
              </Grid>
            )}
          </Grid>
          {entitiesState.value?.truncated && (
            <Alert severity="info">
              {t('groupMaturityContent.truncated', {
                shown: allItems.length,
                total: entitiesState.value.totalCount,
              })}
            </Alert>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <GroupCampaigns groupRef={groupRef} domains={domains} />
      </Grid>
      {summary.model && (
        <IndicatorsSection modelId={summary.model.id} groupRef={groupRef} />
      )}
      {items.length === 0 ? (
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title={t('groupMaturityContent.noDirectTitle')}
            description={t('groupMaturityContent.noDirectDescription')}
          />
        </Grid>
      ) : (
        <>
          <Grid item xs={12} lg={8}>
            <InfoCard title={t('groupMaturityContent.distribution')}>
              <LevelDistribution
                overall={aggregates.overall}
                aggregates={aggregates.domains}
                domains={domains}
                levels={levels}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={4}>
            <InfoCard title={t('groupMaturityContent.weakest')}>
              <WeakestEntities
                items={weakestEntities(items, weakestCount)}
                levels={levels}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <EntityLevelsTable
              title={t('groupMaturityContent.entitiesTitle', {
                count: items.length,
              })}
              items={items}
              domains={domains}
              levels={levels}
              actions={
                <CsvExportButton
                  filename={`maturity-${entity.metadata.name}.csv`}
                  csv={() => entitiesCsv(items, domains)}
                />
              }
            />
          </Grid>
        </>
      )}
      {/* below the fold: after the title and the entity table are painted */}
      <AfterFirstPaint>
        {nested && (children.length > 0 || rollupError) && (
          <Grid item xs={12}>
            <InfoCard title={t('groupMaturityContent.subTeams')}>
              {rollupError ? (
                <ResponseErrorPanel error={rollupError} />
              ) : (
                <RollupHeatmap
                  rows={children}
                  domains={domains}
                  levels={levels}
                  caption={t('groupMaturityContent.heatmapCaption', {
                    group: groupTitle,
                  })}
                />
              )}
            </InfoCard>
          </Grid>
        )}
        <Grid item xs={12}>
          <InfoCard title={t('common.trend')}>
            <TrendSection
              modelId={modelId}
              groupRef={groupRef}
              groups={[{ groupRef, title: groupTitle }]}
              domains={domains}
            />
            <Typography variant="caption" color="textSecondary">
              {t('groupMaturityContent.trendNote')}
            </Typography>
          </InfoCard>
        </Grid>
      </AfterFirstPaint>
    </Grid>
  );
}
