import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { EvidenceOutage } from '../../api/types';
import { evidenceSourceName, outageText } from '../../lib/staleEvidence';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link StaleEvidenceBanner}. */
export interface StaleEvidenceBannerProps {
  /** The scorecard's `staleEvidence`; nothing is shown when empty. */
  outages: EvidenceOutage[] | undefined;
  /** Leave out the note on levels (for the overview card). */
  compact?: boolean;
}

/**
 * A warning when a scorecard rests on evidence that could not be read: per
 * source, e.g. "TechInsights unreachable since 10:42 — 23 checks show
 * results from 09:30", with what the provider reported below it.
 */
export function StaleEvidenceBanner(props: StaleEvidenceBannerProps) {
  const { outages, compact } = props;
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  if (!outages?.length) return null;
  return (
    <Alert
      severity="warning"
      role="status"
      aria-label={t('staleEvidence.bannerAria')}
    >
      {outages.map(outage => (
        <Box key={outage.source} mb={0.5}>
          <Typography variant="body2" component="p">
            {outageText(outage, i18n)}
          </Typography>
          {outage.message && (
            <Typography
              variant="caption"
              component="p"
              color="textSecondary"
              title={outage.message}
            >
              {t('staleEvidence.providerMessage', {
                source: evidenceSourceName(outage.source, i18n),
                message: outage.message,
              })}
            </Typography>
          )}
        </Box>
      ))}
      {!compact && (
        <Typography variant="caption" component="p">
          {t('staleEvidence.levelsKept')}
        </Typography>
      )}
    </Alert>
  );
}
