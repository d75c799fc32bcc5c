import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { maturityReportCreatePermission } from '@devops-maturity/plugin-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api/MaturityApi';
import { useModelSummary } from '../../hooks/useModelSummary';
import { isNotFoundError } from '../../lib/errors';
import { ReportScope, scopeRef as refOf, shortHash } from '../../lib/reports';
import { useMaturityTranslation } from '../../translation';
import { REPORT_PRINT_CSS } from './printCss';
import { ReportAppendix, ReportEntities } from './ReportAppendix';
import { ReportCover } from './ReportCover';
import { ReportDomainFilter } from './ReportDomainFilter';
import { ReportDomainSection } from './ReportDomainSection';
import { ReportSummary } from './ReportSummary';
import { SavedReports } from './SavedReports';

/** Props of {@link ReportPage}. */
export interface ReportPageProps {
  scope: ReportScope;
  /** The model; the backend's default model when absent. */
  modelId?: string;
}

/**
 * The assessment report (evidence pack) of a system with its parts or of a
 * group with its nested teams, in the app language: cover, summary, each
 * domain (collapsed) with its checks' evidence, history and gaps, and the
 * appendix. It prints as clean pages, filters domains, and is saved frozen
 * (with `maturity.report.create`) into the list of saved reports.
 */
export function ReportPage(props: ReportPageProps) {
  const { scope, modelId } = props;
  const scopeRef = refOf(scope);
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const { t, language } = useMaturityTranslation();
  const canSave = usePermission({
    permission: maturityReportCreatePermission,
  }).allowed;
  const [domains, setDomains] = useState<string[]>([]);
  const [expandAll, setExpandAll] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [saving, setSaving] = useState(false);
  const summary = useModelSummary(modelId);

  const reportState = useAsync(
    () =>
      api.getReport(scopeRef, {
        model: modelId,
        domains: domains.length ? domains : undefined,
      }),
    [api, scopeRef, modelId, domains, language],
  );
  const savedState = useAsyncRetry(
    () => api.listSavedReports(scopeRef),
    [api, scopeRef],
  );

  // The browser's own print (Ctrl+P) also gets every section: opened and
  // rendered synchronously before the page is laid out for print.
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setExpandAll(true));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

  // Prints once every section is open and rendered.
  useEffect(() => {
    if (!printing || !expandAll) return undefined;
    const timer = window.setTimeout(() => {
      setPrinting(false);
      window.print();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [printing, expandAll]);

  const report = reportState.value;

  const save = async () => {
    if (!report) return;
    setSaving(true);
    try {
      const saved = await api.saveReport({
        scope: scopeRef,
        model: report.cover.model.id,
        ...(domains.length ? { domains } : {}),
        lang: language,
      });
      alertApi.post({
        message: t('savedReports.saved', { sha: shortHash(saved.sha256) }),
        severity: 'success',
        display: 'transient',
      });
      savedState.retry();
    } catch (e) {
      alertApi.post({
        message: t('savedReports.saveFailed', {
          message: (e as Error).message,
        }),
        severity: 'error',
      });
    } finally {
      setSaving(false);
    }
  };

  let body;
  if (reportState.loading && !report) {
    body = <Progress />;
  } else if (reportState.error) {
    body = isNotFoundError(reportState.error) ? (
      <Alert severity="warning">
        {t('reportPage.notFound', { scope: scopeRef })}
      </Alert>
    ) : (
      <ResponseErrorPanel
        error={reportState.error}
        title={t('reportPage.loadError')}
      />
    );
  } else if (report) {
    body = (
      <>
        {reportState.loading && <Progress />}
        <ReportCover report={report} />
        <ReportSummary report={report} />
        <ReportEntities report={report} expandAll={expandAll} />
        <Typography
          variant="h5"
          component="h3"
          style={{ marginTop: 24 }}
          data-maturity-no-print
        >
          {t('reportPage.domains')}
        </Typography>
        {report.domains.length === 0 && (
          <Typography variant="body2">{t('reportPage.noDomains')}</Typography>
        )}
        {report.domains.map(domain => (
          <ReportDomainSection
            key={domain.domainId}
            domain={domain}
            levels={report.appendix.levels}
            expandAll={expandAll}
          />
        ))}
        <ReportAppendix report={report} />
      </>
    );
  }

  return (
    <div data-maturity-report>
      <style>{REPORT_PRINT_CSS}</style>
      <Box
        role="toolbar"
        aria-label={t('reportPage.toolbarAria')}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={2}
        style={{ gap: 8 }}
        data-maturity-no-print
      >
        <ReportDomainFilter
          domains={summary.domains}
          value={domains}
          onChange={setDomains}
        />
        <Button
          variant="contained"
          color="primary"
          disabled={!report}
          onClick={() => {
            setExpandAll(true);
            setPrinting(true);
          }}
        >
          {t('reportPage.print')}
        </Button>
        <Button
          variant="outlined"
          disabled={!report}
          onClick={() => setExpandAll(open => !open)}
        >
          {expandAll ? t('reportPage.collapseAll') : t('reportPage.expandAll')}
        </Button>
        {canSave && (
          <Button
            variant="outlined"
            disabled={!report || saving}
            onClick={save}
          >
            {saving ? t('savedReports.saving') : t('savedReports.save')}
          </Button>
        )}
      </Box>
      {body}
      <div data-maturity-no-print>
        <SavedReports
          scopeRef={scopeRef}
          items={savedState.value?.items}
          loading={savedState.loading}
          error={savedState.error}
        />
      </div>
    </div>
  );
}
