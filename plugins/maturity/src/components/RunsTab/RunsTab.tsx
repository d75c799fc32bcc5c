import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { maturityAdminPermission } from '@devops-maturity/plugin-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import PlayArrowIcon from '@material-ui/icons/PlayArrow';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useState } from 'react';
import { maturityApiRef } from '../../api/MaturityApi';
import { useRuns } from '../../hooks/useRuns';
import {
  triggerErrorOutcome,
  triggerOutcome,
  TriggerOutcome,
  watchAfterTrigger,
} from '../../lib/runs';
import { useMaturityTranslation } from '../../translation';
import { RunsTable } from './RunsTable';

/**
 * Props of {@link RunsTab}.
 *
 * @public
 */
export interface RunsTabProps {
  /** How many runs to list (default 20). */
  limit?: number;
  /** How often to read the runs while one is running, in ms (default 5000). */
  refreshIntervalMs?: number;
}

/**
 * The "Evaluation runs" tab of the `/maturity` page: the latest runs, newest
 * first, refreshed while one is running, and for maturity admins an
 * "Evaluate catalog now" button whose outcome stays in an alert.
 *
 * @public
 */
export function RunsTab(props: RunsTabProps) {
  const api = useApi(maturityApiRef);
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const canRun = usePermission({ permission: maturityAdminPermission }).allowed;
  const runs = useRuns({
    limit: props.limit ?? 20,
    intervalMs: props.refreshIntervalMs ?? 5000,
  });
  const [starting, setStarting] = useState(false);
  const [outcome, setOutcome] = useState<TriggerOutcome>();

  const evaluate = async () => {
    setStarting(true);
    setOutcome(undefined);
    try {
      const result = await api.triggerRun();
      setOutcome(triggerOutcome(result, i18n));
      runs.watch(watchAfterTrigger(result));
    } catch (error) {
      setOutcome(triggerErrorOutcome(error, i18n));
    } finally {
      setStarting(false);
      runs.refresh();
    }
  };

  const items = [...(runs.runs ?? [])].sort((a, b) =>
    b.startedAt.localeCompare(a.startedAt),
  );
  return (
    <InfoCard
      title={t('runsTab.title')}
      subheader={t('runsTab.subheader')}
      action={
        canRun ? (
          <Button
            variant="contained"
            color="primary"
            startIcon={<PlayArrowIcon />}
            disabled={starting}
            onClick={evaluate}
          >
            {starting ? t('runsTab.starting') : t('runsTab.evaluateNow')}
          </Button>
        ) : undefined
      }
    >
      {outcome && (
        <Box mb={2}>
          <Alert
            severity={outcome.severity}
            closeText={t('runsTab.closeAlert')}
            onClose={() => setOutcome(undefined)}
          >
            <AlertTitle>{outcome.title}</AlertTitle>
            {outcome.detail}
          </Alert>
        </Box>
      )}
      {runs.loading && !runs.runs && <Progress />}
      {runs.error && (
        <ResponseErrorPanel error={runs.error} title={t('runsTab.loadError')} />
      )}
      {runs.runs && items.length === 0 && (
        <EmptyState
          missing="data"
          title={t('runsTab.emptyTitle')}
          description={t('runsTab.emptyDescription')}
        />
      )}
      {items.length > 0 && <RunsTable runs={items} />}
    </InfoCard>
  );
}
