import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { MaturityReport } from '../../api/reportTypes';
import { formatScore, levelLabel } from '../../lib/levels';
import { useMaturityTranslation } from '../../translation';
import { ReportAccordion } from './ReportAccordion';

/** The entities of a report's scope, collapsed until opened. */
export function ReportEntities(props: {
  report: MaturityReport;
  expandAll: boolean;
}) {
  const { report, expandAll } = props;
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  return (
    <Box mt={2}>
      <ReportAccordion
        id="maturity-report-entities"
        forceOpen={expandAll}
        heading={
          <Typography variant="h6" component="h3">
            {t('reportPage.entitiesTitle', { count: report.entities.length })}
          </Typography>
        }
      >
        <Table size="small" aria-label={t('reportPage.entitiesCaption')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('reportPage.entity')}</TableCell>
              <TableCell>{t('reportPage.kind')}</TableCell>
              <TableCell>{t('reportPage.level')}</TableCell>
              <TableCell align="right">{t('reportPage.score')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.entities.map(entity => (
              <TableRow key={entity.entityRef}>
                <TableCell component="th" scope="row">
                  {entity.title
                    ? `${entity.title} (${entity.entityRef})`
                    : entity.entityRef}
                </TableCell>
                <TableCell>{entity.kind}</TableCell>
                <TableCell>
                  {entity.notEvaluated
                    ? t('reportPage.notEvaluated')
                    : levelLabel(entity.level, report.appendix.levels, i18n)}
                </TableCell>
                <TableCell align="right">
                  {formatScore(entity.score, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ReportAccordion>
    </Box>
  );
}

/** The appendix of a report: the model's level descriptors and notes. */
export function ReportAppendix(props: { report: MaturityReport }) {
  const { appendix } = props.report;
  const { t } = useMaturityTranslation();
  return (
    <Box component="section" data-maturity-report-domain mt={3}>
      <Typography variant="h5" component="h3">
        {t('reportPage.appendix')}
      </Typography>
      <Table size="small" aria-label={t('reportPage.levelsCaption')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('reportPage.level')}</TableCell>
            <TableCell>{t('reportPage.description')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {appendix.levels.map(level => (
            <TableRow key={level.level}>
              <TableCell component="th" scope="row">
                {t('level.label', { level: level.level, name: level.title })}
              </TableCell>
              <TableCell>{level.description ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {appendix.notes.length > 0 && (
        <>
          <Typography
            variant="subtitle1"
            component="h4"
            style={{ marginTop: 16 }}
          >
            {t('reportPage.notes')}
          </Typography>
          <ul>
            {appendix.notes.map(note => (
              <li key={note}>
                <Typography variant="body2">{note}</Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </Box>
  );
}
