import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { MaturityReport } from '../../api/reportTypes';
import { formatScore, levelLabel } from '../../lib/levels';
import { useMaturityTranslation } from '../../translation';

/**
 * The summary of a report: the level of each domain with its title and
 * CAICT part, its score and entity count, then the overall level.
 */
export function ReportSummary(props: { report: MaturityReport }) {
  const { summary, appendix, cover } = props.report;
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const label = (level: number | null) =>
    levelLabel(level, appendix.levels, i18n);
  return (
    <section aria-labelledby="maturity-report-summary">
      <Typography variant="h5" component="h3" id="maturity-report-summary">
        {t('reportPage.summary')}
      </Typography>
      <Table size="small" aria-label={t('reportPage.summaryCaption')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('reportPage.domain')}</TableCell>
            <TableCell>{t('reportPage.part')}</TableCell>
            <TableCell>{t('reportPage.level')}</TableCell>
            <TableCell align="right">{t('reportPage.score')}</TableCell>
            <TableCell align="right">{t('reportPage.entities')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {summary.domains.map(d => (
            <TableRow key={d.domainId} data-domain-id={d.domainId}>
              <TableCell component="th" scope="row">
                {d.title}
              </TableCell>
              <TableCell>{d.part ?? '–'}</TableCell>
              <TableCell data-level={d.level ?? ''}>{label(d.level)}</TableCell>
              <TableCell align="right">
                {formatScore(d.score, language)}
              </TableCell>
              <TableCell align="right">{d.entityCount}</TableCell>
            </TableRow>
          ))}
          <TableRow data-domain-id="">
            <TableCell component="th" scope="row">
              <strong>{t('reportPage.overall')}</strong>
            </TableCell>
            <TableCell>–</TableCell>
            <TableCell data-level={summary.level ?? ''}>
              <strong>{label(summary.level)}</strong>
            </TableCell>
            <TableCell align="right">
              {formatScore(summary.score, language)}
            </TableCell>
            <TableCell align="right">{cover.scope.entityCount}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}
