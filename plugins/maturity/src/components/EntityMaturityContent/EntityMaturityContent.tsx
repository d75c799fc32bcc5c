import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api/MaturityApi';
import type { WaiverRecord } from '../../api/types';
import { useAttestationRevocation } from '../../hooks/useAttestationRevocation';
import { useCheckTitles } from '../../hooks/useCheckTitles';
import { useEntityCampaigns } from '../../hooks/useEntityCampaigns';
import { useEntityHistory } from '../../hooks/useEntityHistory';
import { useMaturityPermissions } from '../../hooks/useMaturityPermissions';
import { sortDomains } from '../../lib/domains';
import { errorMessage, isNotFoundError } from '../../lib/errors';
import { AfterFirstPaint } from '../AfterFirstPaint';
import { AuditList } from '../AuditList';
import { DomainLevelsChart, loadDomainLevelsChart } from '../DomainLevelsChart';
import { EntityCampaignBanners } from '../EntityCampaignBanners';
import { HistorySection } from '../HistorySection';
import { loadLevelLineChart } from '../LevelLineChart';
import { MaturityHeadline } from '../MaturityHeadline';
import { ReportLinkButton } from '../ReportLinkButton';
import { ScorecardChecks } from '../ScorecardChecks';
import { StaleEvidenceBanner } from '../StaleEvidenceBanner';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link EntityMaturityContent}.
 *
 * @public
 */
export interface EntityMaturityContentProps {
  /** The model to show; the backend's default model when absent. */
  modelId?: string;
}

/**
 * The Maturity tab of an evaluated entity (component, system, API or
 * resource): overall level, a chart of all domains, each domain's level
 * ladder with every check, attest and waive actions, the level history and
 * the attestation and waiver audit; above them, a warning when evidence
 * sources were down at the latest evaluation and a banner per active
 * improvement campaign of the entity.
 *
 * @public
 */
export function EntityMaturityContent(props: EntityMaturityContentProps) {
  const { modelId } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const { t, language } = useMaturityTranslation();
  const permissions = useMaturityPermissions(entityRef);
  const [refreshing, setRefreshing] = useState(false);
  /** Counts the reloads after changes, which reload the history too. */
  const [reloads, setReloads] = useState(0);

  const scorecardState = useAsyncRetry(
    () => api.getScorecard(entityRef, { model: modelId }),
    [api, entityRef, modelId, language],
  );
  const auditState = useAsyncRetry(async () => {
    const [attestations, waivers] = await Promise.all([
      api.listAttestations(entityRef),
      api.listWaivers(entityRef),
    ]);
    return { attestations, waivers: waivers.items };
  }, [api, entityRef]);
  // Asked for with the scorecard, not once it is shown.
  const campaigns = useEntityCampaigns(entityRef);
  const history = useEntityHistory(entityRef, modelId, reloads);
  useEffect(() => {
    // The charts' code loads with the data, not once the data is shown; a
    // failure shows where the chart would be.
    loadDomainLevelsChart().catch(() => undefined);
    loadLevelLineChart().catch(() => undefined);
  }, []);

  const reload = useCallback(() => {
    scorecardState.retry();
    auditState.retry();
    setReloads(n => n + 1);
  }, [scorecardState, auditState]);
  const attestationRevocation = useAttestationRevocation(entityRef, reload);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await api.refreshEntity(entityRef, { model: modelId });
      alertApi.post({
        message: t('entityMaturityContent.reEvaluated'),
        severity: 'success',
        display: 'transient',
      });
      reload();
    } catch (e) {
      alertApi.post({
        message: t('entityMaturityContent.reEvaluateFailed', {
          error: errorMessage(e),
        }),
        severity: 'error',
      });
    } finally {
      setRefreshing(false);
    }
  }, [api, alertApi, entityRef, modelId, reload, t]);

  const revokeWaiver = useCallback(
    async (waiver: WaiverRecord, reason: string | undefined) => {
      await api.revokeWaiver(waiver.id, { reason });
      alertApi.post({
        message: t('entityMaturityContent.waiverRevoked'),
        severity: 'success',
        display: 'transient',
      });
      reload();
    },
    [api, alertApi, reload, t],
  );

  const scorecard = scorecardState.value;
  const domains = useMemo(
    () =>
      scorecard
        ? sortDomains(scorecard.domains, d => ({
            id: d.domainId,
            title: d.title,
          }))
        : [],
    [scorecard],
  );
  const checkTitles = useCheckTitles(scorecard);

  if (scorecardState.loading && !scorecard) {
    return <Progress />;
  }
  if (scorecardState.error) {
    if (isNotFoundError(scorecardState.error)) {
      return (
        <EmptyState
          missing="data"
          title={t('entityMaturityContent.emptyTitle')}
          description={t('entityMaturityContent.emptyDescription')}
          action={
            <>
              {permissions.canRefresh && (
                <Button
                  variant="contained"
                  color="primary"
                  onClick={refresh}
                  disabled={refreshing}
                >
                  {refreshing
                    ? t('entityMaturityContent.evaluating')
                    : t('entityMaturityContent.evaluateNow')}
                </Button>
              )}{' '}
              <ReportLinkButton entityRef={entityRef} />
            </>
          }
        />
      );
    }
    return (
      <ResponseErrorPanel
        error={scorecardState.error}
        title={t('entityMaturityContent.loadError')}
      />
    );
  }
  if (!scorecard) return null;

  const applicable = domains.filter(d => d.applicable);

  return (
    <Grid container spacing={3}>
      {scorecard.staleEvidence?.length ? (
        <Grid item xs={12}>
          <StaleEvidenceBanner outages={scorecard.staleEvidence} />
        </Grid>
      ) : null}
      <Grid item xs={12}>
        <EntityCampaignBanners
          campaigns={campaigns}
          domains={domains.map(d => ({ id: d.domainId, title: d.title }))}
        />
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title={t('entityMaturityContent.title')}
          subheader={scorecard.modelTitle}
          action={<ReportLinkButton entityRef={entityRef} />}
        >
          <MaturityHeadline
            scorecard={scorecard}
            canRefresh={permissions.canRefresh}
            refreshing={refreshing}
            onRefresh={refresh}
          />
        </InfoCard>
      </Grid>
      {applicable.length === 0 ? (
        <Grid item xs={12}>
          <EmptyState
            missing="content"
            title={t('entityMaturityContent.noChecksTitle')}
            description={t('entityMaturityContent.noChecksDescription')}
          />
        </Grid>
      ) : (
        <>
          <Grid item xs={12} lg={6}>
            <InfoCard title={t('entityMaturityContent.levelPerDomain')}>
              <DomainLevelsChart
                domains={domains.map(d => ({
                  id: d.domainId,
                  title: d.title,
                  level: d.level,
                }))}
                levels={scorecard.levels}
              />
              {applicable.length < domains.length && (
                <Typography variant="caption" color="textSecondary">
                  {t('entityMaturityContent.notApplicable', {
                    domains: domains
                      .filter(d => !d.applicable)
                      .map(d => d.title)
                      .join(t('common.listSeparator')),
                  })}
                </Typography>
              )}
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={6}>
            <InfoCard title={t('entityMaturityContent.history')}>
              <HistorySection
                history={history}
                domains={applicable.map(d => ({
                  id: d.domainId,
                  title: d.title,
                }))}
                levels={scorecard.levels}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <Typography variant="h5" component="h2" gutterBottom>
              {t('entityMaturityContent.domains')}
            </Typography>
            <ScorecardChecks
              entityRef={entityRef}
              scorecard={scorecard}
              canAttest={permissions.canAttest}
              canWaive={permissions.canWaive}
              onChanged={reload}
            />
          </Grid>
        </>
      )}
      {/* below the fold: after the levels and the domains are painted */}
      <AfterFirstPaint>
        <Grid item xs={12}>
          <InfoCard title={t('entityMaturityContent.audit')}>
            {auditState.loading && !auditState.value && <Progress />}
            {auditState.error && (
              <ResponseErrorPanel error={auditState.error} />
            )}
            {auditState.value && (
              <AuditList
                attestations={auditState.value.attestations.items}
                audit={auditState.value.attestations.audit}
                waivers={auditState.value.waivers}
                checkTitles={checkTitles}
                canWaive={permissions.canWaive}
                onRevokeWaiver={revokeWaiver}
                canRevokeAttestation={attestationRevocation.canRevoke}
                onRevokeAttestation={attestationRevocation.revoke}
              />
            )}
          </InfoCard>
        </Grid>
      </AfterFirstPaint>
    </Grid>
  );
}
