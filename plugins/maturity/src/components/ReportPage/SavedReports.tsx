import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { maturityApiRef } from '../../api/MaturityApi';
import type { SavedReport, SavedReportFormat } from '../../api/reportTypes';
import { downloadBlob } from '../../lib/csv';
import { shortHash } from '../../lib/reports';
import { formatDateTime } from '../../lib/time';
import type { MaturityMessageKey } from '../../translation';
import { useMaturityTranslation } from '../../translation';

const FORMATS: Array<{
  format: SavedReportFormat;
  key: MaturityMessageKey;
  extension: string;
}> = [
  { format: 'html', key: 'savedReports.formatHtml', extension: 'html' },
  { format: 'json', key: 'savedReports.formatJson', extension: 'json' },
  { format: 'markdown', key: 'savedReports.formatMarkdown', extension: 'md' },
];

/** Props of {@link SavedReports}. */
export interface SavedReportsProps {
  scopeRef: string;
  items?: SavedReport[];
  loading: boolean;
  error?: Error;
}

/**
 * The saved (frozen) reports of a scope: when, by whom, model version,
 * language, SHA-256 (short, the full digest in its title) and size, each
 * downloadable exactly as stored in HTML, JSON or Markdown.
 */
export function SavedReports(props: SavedReportsProps) {
  const { scopeRef, items, loading, error } = props;
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const { t, language } = useMaturityTranslation();

  const download = async (report: SavedReport, format: SavedReportFormat) => {
    try {
      const blob = await api.getSavedReport(report.id, format);
      const extension = FORMATS.find(f => f.format === format)!.extension;
      const name = scopeRef.replace(/[^A-Za-z0-9._-]+/g, '-');
      downloadBlob(
        `maturity-report-${name}-${report.createdAt.slice(0, 10)}-${shortHash(
          report.sha256,
        )}.${extension}`,
        blob,
      );
    } catch (e) {
      alertApi.post({
        message: t('savedReports.downloadFailed', {
          message: (e as Error).message,
        }),
        severity: 'error',
      });
    }
  };

  return (
    <Box component="section" aria-labelledby="maturity-saved-reports" mt={3}>
      <Typography variant="h5" component="h3" id="maturity-saved-reports">
        {t('savedReports.title')}
      </Typography>
      {loading && !items && <Progress />}
      {error && (
        <ResponseErrorPanel error={error} title={t('savedReports.loadError')} />
      )}
      {items && items.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('savedReports.empty')}
        </Typography>
      )}
      {items && items.length > 0 && (
        <Table
          size="small"
          aria-label={t('savedReports.caption', { scope: scopeRef })}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('savedReports.createdAt')}</TableCell>
              <TableCell>{t('savedReports.createdBy')}</TableCell>
              <TableCell>{t('savedReports.modelVersion')}</TableCell>
              <TableCell>{t('savedReports.language')}</TableCell>
              <TableCell>{t('savedReports.domains')}</TableCell>
              <TableCell>{t('savedReports.sha256')}</TableCell>
              <TableCell align="right">{t('savedReports.size')}</TableCell>
              <TableCell data-maturity-no-print>
                {t('savedReports.open')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(report => {
              const date = formatDateTime(report.createdAt, language);
              return (
                <TableRow key={report.id} data-report-id={report.id}>
                  <TableCell component="th" scope="row">
                    {date}
                  </TableCell>
                  <TableCell>{report.createdBy}</TableCell>
                  <TableCell>{`${report.modelId} ${report.modelVersion}`}</TableCell>
                  <TableCell>{report.language}</TableCell>
                  <TableCell>
                    {report.domains?.join(t('common.listSeparator')) ?? '–'}
                  </TableCell>
                  <TableCell>
                    <code title={report.sha256} data-sha256={report.sha256}>
                      {shortHash(report.sha256)}…
                    </code>
                  </TableCell>
                  <TableCell align="right">
                    {t('savedReports.sizeKb', {
                      size: new Intl.NumberFormat(language, {
                        maximumFractionDigits: 1,
                      }).format(report.size / 1024),
                    })}
                  </TableCell>
                  <TableCell data-maturity-no-print>
                    {FORMATS.map(({ format, key }) => (
                      <Button
                        key={format}
                        size="small"
                        onClick={() => download(report, format)}
                        aria-label={t('savedReports.downloadAria', {
                          date,
                          format: t(key),
                        })}
                      >
                        {t(key)}
                      </Button>
                    ))}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
