import {
  InfoCard,
  Link,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api/MaturityApi';
import { useCanManageCampaigns } from '../../hooks/useCampaignPermissions';
import { useModelSummary } from '../../hooks/useModelSummary';
import { isNotFoundError } from '../../lib/errors';
import { CampaignAuditList } from '../CampaignAuditList';
import { CampaignBurnupChart } from '../CampaignBurnupChart';
import { CampaignDialog } from '../CampaignDialog';
import {
  CampaignEntitiesQuery,
  CampaignEntitiesTable,
  ENTITY_PAGE_SIZES,
} from '../CampaignEntitiesTable';
import { CampaignTeamsTable } from '../CampaignTeamsTable';
import { CsvExportButton } from '../CsvExportButton';
import { FormDialog } from '../FormDialog';
import { CampaignHeader } from './CampaignHeader';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link CampaignPage}. */
export interface CampaignPageProps {
  campaignId: string;
  /** The path of the campaign list, for the back link. */
  listPath: string;
}

/**
 * One campaign: header figures, description, burn-up against the ideal
 * line, teams by lag, entities with their remaining checks (CSV), the audit
 * trail, and Edit / Archive for managers (not for config campaigns).
 */
export function CampaignPage(props: CampaignPageProps) {
  const { campaignId, listPath } = props;
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useMaturityTranslation();
  const canManage = useCanManageCampaigns();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [entityQuery, setEntityQuery] = useState<CampaignEntitiesQuery>({
    offset: 0,
    limit: ENTITY_PAGE_SIZES[0],
    filter: 'all',
  });
  const selection = {
    entityFilter: entityQuery.filter,
    ...(entityQuery.team ? { team: entityQuery.team } : {}),
    ...(entityQuery.q ? { q: entityQuery.q } : {}),
  };
  // One request per page: the backend keeps the figures and the sorted
  // entities computed, a page of them is cheap.
  const progressState = useAsyncRetry(
    () =>
      api.getCampaignProgress(campaignId, {
        entityOffset: entityQuery.offset,
        entityLimit: entityQuery.limit,
        ...selection,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, campaignId, entityQuery],
  );
  const auditState = useAsyncRetry(
    () => api.getCampaignAudit(campaignId),
    [api, campaignId],
  );
  const progress = progressState.value;
  const summary = useModelSummary(progress?.campaign.modelId);

  const back = (
    <Box mb={2}>
      <Link to={listPath}>{t('campaignPage.back')}</Link>
    </Box>
  );
  if (progressState.loading && !progress) return <Progress />;
  if (progressState.error) {
    return (
      <>
        {back}
        {isNotFoundError(progressState.error) ? (
          <Alert severity="warning">
            {t('campaignPage.notFound', { id: campaignId })}
          </Alert>
        ) : (
          <ResponseErrorPanel
            error={progressState.error}
            title={t('campaignPage.loadError')}
          />
        )}
      </>
    );
  }
  if (!progress) return null;

  const { campaign } = progress;
  const domains = summary.domains;
  const editable =
    canManage && campaign.source === 'api' && campaign.state !== 'archived';
  const reload = () => {
    progressState.retry();
    auditState.retry();
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {back}
        <Box display="flex" justifyContent="space-between" flexWrap="wrap">
          <Box>
            <CampaignHeader progress={progress} domains={domains} />
          </Box>
          {editable && (
            <Box display="flex" alignItems="flex-start" style={{ gap: 8 }}>
              <Button variant="outlined" onClick={() => setEditing(true)}>
                {t('campaignPage.edit')}
              </Button>
              <Button variant="outlined" onClick={() => setArchiving(true)}>
                {t('campaignPage.archive')}
              </Button>
            </Box>
          )}
        </Box>
        {campaign.source === 'config' && (
          <Typography variant="caption" color="textSecondary">
            {t('campaignPage.configNote')}
          </Typography>
        )}
      </Grid>
      {progress.warnings.map(warning => (
        <Grid item xs={12} key={warning}>
          <Alert severity="warning">{warning}</Alert>
        </Grid>
      ))}
      {campaign.description && (
        <Grid item xs={12}>
          <InfoCard title={t('campaignPage.description')}>
            <MarkdownContent content={campaign.description} />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12} xl={6}>
        <InfoCard title={t('campaignPage.burnup')}>
          <CampaignBurnupChart
            points={progress.burnup}
            description={t('campaignPage.burnupDescription', {
              meeting: progress.meeting,
              inScope: progress.inScope,
            })}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} xl={6}>
        <InfoCard title={t('campaignPage.teams')}>
          <CampaignTeamsTable
            teams={progress.teams}
            selectedTeam={entityQuery.team}
            onSelectTeam={team =>
              setEntityQuery(q => ({
                ...q,
                team: q.team === team ? undefined : team,
                offset: 0,
              }))
            }
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title={t('campaignPage.entities', { count: progress.inScope })}
          action={
            <CsvExportButton
              filename={`maturity-campaign-${campaign.id}.csv`}
              csv={() => api.getCampaignEntitiesCsv(campaign.id, selection)}
              disabled={progress.entityTotal === 0}
            />
          }
        >
          <CampaignEntitiesTable
            entities={progress.entities}
            entityTotal={progress.entityTotal}
            targets={campaign.targets}
            domains={domains}
            query={entityQuery}
            onQueryChange={setEntityQuery}
            teamTitle={
              progress.teams.find(team => team.groupRef === entityQuery.team)
                ?.title
            }
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title={t('campaignPage.audit')}>
          {auditState.loading && !auditState.value && <Progress />}
          {auditState.error && <ResponseErrorPanel error={auditState.error} />}
          {auditState.value && (
            <CampaignAuditList items={auditState.value.items} />
          )}
        </InfoCard>
      </Grid>
      {editable && (
        <>
          <CampaignDialog
            open={editing}
            campaign={campaign}
            models={summary.models?.items ?? []}
            defaultModelId={campaign.modelId}
            onClose={() => setEditing(false)}
            onSaved={reload}
          />
          <FormDialog
            open={archiving}
            titleId="maturity-campaign-archive-title"
            title={t('campaignPage.archiveTitle')}
            description={t('campaignPage.archiveDescription', {
              title: campaign.title,
            })}
            submitLabel={t('campaignPage.archive')}
            submittingLabel={t('campaignPage.archiving')}
            submitColor="secondary"
            onClose={() => setArchiving(false)}
            onSubmit={async () => {
              await api.archiveCampaign(campaign.id);
              alertApi.post({
                message: t('campaignPage.archived', { title: campaign.title }),
                severity: 'success',
                display: 'transient',
              });
              reload();
              return true;
            }}
          >
            {null}
          </FormDialog>
        </>
      )}
    </Grid>
  );
}
