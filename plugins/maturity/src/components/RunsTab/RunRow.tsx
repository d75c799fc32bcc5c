import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import IconButton from '@material-ui/core/IconButton';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useState } from 'react';
import { runDurationText } from '../../lib/runs';
import { formatDateTime } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';
import { RunErrorDetails } from './RunErrorDetails';
import { RunSourcesDown } from './RunSourcesDown';
import { RunStatusChip } from './RunStatusChip';

/** The number of columns of the runs table. */
export const RUN_COLUMNS = 9;

const TRIGGERS = {
  scheduled: 'runsTab.triggerScheduled',
  manual: 'runsTab.triggerManual',
  entity: 'runsTab.triggerEntity',
} as const;

/**
 * One run of the runs table: started, trigger, status, duration, entities,
 * changed, errors (their details unfold below the row), actor and the
 * evidence sources that were down.
 */
export function RunRow(props: { run: RunRecord; now: Date }) {
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const { run } = props;
  const [open, setOpen] = useState(false);
  const started = formatDateTime(run.startedAt, language);
  const expandable = run.errors > 0 || run.errorDetails.length > 0;
  return (
    <>
      <TableRow data-run-id={run.id}>
        <TableCell>{started}</TableCell>
        <TableCell>{t(TRIGGERS[run.trigger])}</TableCell>
        <TableCell>
          <RunStatusChip status={run.status} />
        </TableCell>
        <TableCell>{runDurationText(run, i18n, props.now)}</TableCell>
        <TableCell align="right">{run.entities}</TableCell>
        <TableCell align="right">{run.changedEntities}</TableCell>
        <TableCell align="right">
          {run.errors}
          {expandable && (
            <IconButton
              size="small"
              aria-expanded={open}
              aria-label={t(
                open ? 'runsTab.hideErrors' : 'runsTab.showErrors',
                {
                  time: started,
                },
              )}
              onClick={() => setOpen(!open)}
            >
              {open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            </IconButton>
          )}
        </TableCell>
        <TableCell>{run.actor ?? '–'}</TableCell>
        <TableCell>
          <RunSourcesDown sourcesDown={run.sourcesDown} />
        </TableCell>
      </TableRow>
      {open && (
        <TableRow>
          <TableCell colSpan={RUN_COLUMNS}>
            <RunErrorDetails
              run={run}
              label={t('runsTab.errorsAria', { time: started })}
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
