import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { ReportHistoryPoint } from '../../api/reportTypes';
import { useMaturityTranslation } from '../../translation';

function month(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** A domain's level at the end of each of the last 12 months, compact. */
export function ReportHistoryTable(props: {
  domainTitle: string;
  history: ReportHistoryPoint[];
}) {
  const { domainTitle, history } = props;
  const { t, language } = useMaturityTranslation();
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table
        size="small"
        aria-label={t('reportPage.historyCaption', { domain: domainTitle })}
      >
        <TableHead>
          <TableRow>
            <TableCell component="th">{t('reportPage.month')}</TableCell>
            {history.map(point => (
              <TableCell key={point.at} align="center">
                {month(point.at, language)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell component="th" scope="row">
              {t('reportPage.level')}
            </TableCell>
            {history.map(point => (
              <TableCell key={point.at} align="center">
                {point.level === null
                  ? '–'
                  : t('level.short', { level: point.level })}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
