import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import Chip from '@material-ui/core/Chip';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import SyncIcon from '@material-ui/icons/Sync';
import { useMaturityTranslation } from '../../translation';

const ICONS = {
  running: <SyncIcon />,
  succeeded: <CheckCircleIcon />,
  failed: <ErrorIcon />,
};

const LABELS = {
  running: 'runsTab.statusRunning',
  succeeded: 'runsTab.statusSucceeded',
  failed: 'runsTab.statusFailed',
} as const;

/** A chip of a run's status: running, succeeded or failed. */
export function RunStatusChip(props: { status: RunRecord['status'] }) {
  const { t } = useMaturityTranslation();
  const { status } = props;
  return (
    <Chip
      size="small"
      icon={ICONS[status]}
      label={t(LABELS[status])}
      color={
        {
          running: 'primary' as const,
          succeeded: 'default' as const,
          failed: 'secondary' as const,
        }[status]
      }
      variant={status === 'succeeded' ? 'outlined' : 'default'}
    />
  );
}
