import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { MaturityReport } from '../../api/reportTypes';
import { formatDateTime } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';

/** The cover of a report: scope, model and version, when and by whom. */
export function ReportCover(props: { report: MaturityReport }) {
  const { cover, domains } = props.report;
  const { t, language } = useMaturityTranslation();
  const scope = cover.scope.title ?? cover.scope.entityRef;
  const rows: Array<[string, string]> = [
    [
      t('reportPage.scope'),
      cover.scope.kind === 'system'
        ? t('reportPage.scopeSystem', { scope: cover.scope.entityRef })
        : t('reportPage.scopeGroup', { scope: cover.scope.entityRef }),
    ],
    [t('reportPage.entities'), String(cover.scope.entityCount)],
    [
      t('reportPage.model'),
      t('reportPage.modelValue', {
        title: cover.model.title,
        id: cover.model.id,
        version: cover.model.version,
      }),
    ],
    [t('reportPage.language'), cover.language],
    [
      t('reportPage.domainsReported'),
      cover.domainFilter?.length
        ? domains.map(d => d.title).join(t('common.listSeparator'))
        : t('reportPage.allDomains'),
    ],
    [t('reportPage.generatedAt'), formatDateTime(cover.generatedAt, language)],
    [t('reportPage.generatedBy'), cover.generatedBy],
  ];
  return (
    <Box component="section" aria-labelledby="maturity-report-title" mb={3}>
      <Typography variant="h4" component="h2" id="maturity-report-title">
        {t('reportPage.title', { scope })}
      </Typography>
      <Box
        component="dl"
        aria-label={t('reportPage.cover')}
        display="grid"
        gridTemplateColumns="max-content 1fr"
        style={{ columnGap: 16, rowGap: 4 }}
      >
        {rows.map(([term, value]) => (
          <Box key={term} display="contents">
            <Typography component="dt" variant="body2" color="textSecondary">
              {term}
            </Typography>
            <Typography component="dd" variant="body2" style={{ margin: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
