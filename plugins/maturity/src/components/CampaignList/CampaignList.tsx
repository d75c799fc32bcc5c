import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api/MaturityApi';
import type { CampaignState } from '../../api/campaignTypes';
import { useCampaignLink } from '../../hooks/useCampaignLink';
import { useCanManageCampaigns } from '../../hooks/useCampaignPermissions';
import { useModelSummary } from '../../hooks/useModelSummary';
import { daysLeftText, targetsText } from '../../lib/campaigns';
import { formatDay } from '../../lib/time';
import { CampaignDialog } from '../CampaignDialog';
import { CampaignRiskChip, CampaignStateChip } from '../CampaignChips';
import { CampaignProgressBar } from '../CampaignProgressBar';
import { CampaignScopeText } from '../CampaignScopeText';
import { useMaturityTranslation } from '../../translation';

const STATES: CampaignState[] = ['active', 'draft', 'completed', 'archived'];

/**
 * The campaigns of the `/maturity` page: title, owner, targets, scope,
 * progress, days left, at-risk and state, filtered by state (archived ones
 * only when asked for), and a New campaign button for managers.
 */
export function CampaignList() {
  const api = useApi(maturityApiRef);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const navigate = useNavigate();
  const linkTo = useCampaignLink();
  const canManage = useCanManageCampaigns();
  const summary = useModelSummary();
  const [state, setState] = useState<CampaignState | ''>('');
  const [creating, setCreating] = useState(false);
  const list = useAsyncRetry(
    () => api.listCampaigns(state ? { state } : {}),
    [api, state],
  );
  const domainsOf = (modelId: string) =>
    summary.models?.items.find(m => m.id === modelId)?.domains ?? [];
  const items = list.value?.items ?? [];

  return (
    <InfoCard
      title={t('campaignList.title')}
      subheader={t('campaignList.subheader')}
      action={
        canManage ? (
          <Button
            variant="contained"
            color="primary"
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
          >
            {t('campaignList.new')}
          </Button>
        ) : undefined
      }
    >
      <Box mb={2} maxWidth={240}>
        <TextField
          id="maturity-campaign-state-filter"
          select
          fullWidth
          label={t('campaignList.stateFilter')}
          value={state}
          onChange={e => setState(e.target.value as CampaignState | '')}
        >
          <MenuItem value="">{t('campaignList.allButArchived')}</MenuItem>
          {STATES.map(s => (
            <MenuItem key={s} value={s}>
              {t(`campaigns.state.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {list.loading && !list.value && <Progress />}
      {list.error && (
        <ResponseErrorPanel
          error={list.error}
          title={t('campaignList.loadError')}
        />
      )}
      {list.value && items.length === 0 && (
        <EmptyState
          missing="data"
          title={t('campaignList.emptyTitle')}
          description={t('campaignList.emptyDescription')}
        />
      )}
      {items.length > 0 && (
        <Table size="small" aria-label={t('campaignList.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('campaignList.campaign')}</TableCell>
              <TableCell>{t('campaignList.owner')}</TableCell>
              <TableCell>{t('campaignList.targets')}</TableCell>
              <TableCell>{t('campaignList.scope')}</TableCell>
              <TableCell>{t('campaignList.progress')}</TableCell>
              <TableCell>{t('campaignList.due')}</TableCell>
              <TableCell>{t('campaignList.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(c => (
              <TableRow key={c.id}>
                <TableCell>
                  <Link to={linkTo(c.id) ?? ''}>{c.title}</Link>
                </TableCell>
                <TableCell>
                  <EntityRefLink entityRef={c.owner} defaultKind="group" />
                </TableCell>
                <TableCell>
                  {targetsText(c.targets, domainsOf(c.modelId), i18n)}
                </TableCell>
                <TableCell>
                  <CampaignScopeText scope={c.scope} />
                </TableCell>
                <TableCell>
                  <CampaignProgressBar
                    meeting={c.progress.meeting}
                    inScope={c.progress.inScope}
                    ratio={c.progress.ratio}
                  />
                </TableCell>
                <TableCell>
                  {formatDay(c.targetDate, language)}
                  <br />
                  {daysLeftText(c.progress.daysLeft, i18n)}
                </TableCell>
                <TableCell>
                  <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                    <CampaignStateChip state={c.state} />
                    {c.progress.atRisk && <CampaignRiskChip />}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canManage && (
        <CampaignDialog
          open={creating}
          models={summary.models?.items ?? []}
          defaultModelId={summary.models?.defaultModelId}
          onClose={() => setCreating(false)}
          onSaved={campaign => {
            const link = linkTo(campaign.id);
            if (link) navigate(link);
            else list.retry();
          }}
        />
      )}
    </InfoCard>
  );
}
