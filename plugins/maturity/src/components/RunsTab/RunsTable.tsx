import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useMaturityTranslation } from '../../translation';
import { RunRow } from './RunRow';

/** The table of evaluation runs, in the order given (newest first). */
export function RunsTable(props: { runs: RunRecord[]; now?: Date }) {
  const { t } = useMaturityTranslation();
  const now = props.now ?? new Date();
  return (
    <Table size="small" aria-label={t('runsTab.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('runsTab.started')}</TableCell>
          <TableCell>{t('runsTab.trigger')}</TableCell>
          <TableCell>{t('runsTab.status')}</TableCell>
          <TableCell>{t('runsTab.duration')}</TableCell>
          <TableCell align="right">{t('runsTab.entities')}</TableCell>
          <TableCell align="right">{t('runsTab.changed')}</TableCell>
          <TableCell align="right">{t('runsTab.errors')}</TableCell>
          <TableCell>{t('runsTab.actor')}</TableCell>
          <TableCell>{t('runsTab.sourcesDown')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.runs.map(run => (
          <RunRow key={run.id} run={run} now={now} />
        ))}
      </TableBody>
    </Table>
  );
}
