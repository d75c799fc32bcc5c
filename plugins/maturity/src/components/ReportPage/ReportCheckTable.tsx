import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { MaturityLevelDefinition } from '../../api/types';
import type { ReportCheck } from '../../api/reportTypes';
import { formatValue, sourceLabel, statusLabel } from '../../lib/checks';
import { levelTitle } from '../../lib/levels';
import { useMaturityTranslation } from '../../translation';
import { ReportEvidence } from './ReportEvidence';

/** One check of a report: its heading and a row per entity with evidence. */
export function ReportCheckTable(props: {
  check: ReportCheck;
  levels: MaturityLevelDefinition[];
}) {
  const { check, levels } = props;
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  return (
    <div data-check-id={check.checkId}>
      <Typography variant="subtitle1" component="h6" style={{ marginTop: 12 }}>
        {t('reportPage.checkHeading', {
          check: check.title,
          level: levelTitle(check.level, levels, i18n),
          verification:
            check.verification === 'attestation'
              ? t('reportPage.verificationAttestation')
              : t('reportPage.verificationRule'),
        })}
      </Typography>
      {check.results.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('reportPage.noResults')}
        </Typography>
      ) : (
        <Table
          size="small"
          aria-label={t('reportPage.checkCaption', { check: check.title })}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('reportPage.entity')}</TableCell>
              <TableCell>{t('reportPage.status')}</TableCell>
              <TableCell>{t('reportPage.value')}</TableCell>
              <TableCell>{t('reportPage.source')}</TableCell>
              <TableCell>{t('reportPage.evidence')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {check.results.map(result => (
              <TableRow key={result.entityRef}>
                <TableCell component="th" scope="row">
                  {result.entityRef}
                </TableCell>
                <TableCell data-status={result.status}>
                  {statusLabel(result.status, i18n)}
                </TableCell>
                <TableCell>{formatValue(result.value) ?? '–'}</TableCell>
                <TableCell>{sourceLabel(result.source, i18n)}</TableCell>
                <TableCell>
                  <ReportEvidence evidence={result.evidence} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
