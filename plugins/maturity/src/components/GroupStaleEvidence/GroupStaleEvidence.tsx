import Alert from '@material-ui/lab/Alert';
import type { StaleEvidenceSummary } from '../../api/types';
import { sourceDownText } from '../../lib/staleEvidence';
import { useMaturityTranslation } from '../../translation';
import { StaleEntityList } from '../StaleEntityList';
import { GROUP_STALE_LISTED } from './groupStaleListed';

export { GROUP_STALE_LISTED };

/** Props of {@link GroupStaleEvidence}. */
export interface GroupStaleEvidenceProps {
  /**
   * The group's stale-evidence summary (`useStaleEvidence` with the group);
   * nothing is shown while it is absent or when no entity is concerned.
   */
  summary: StaleEvidenceSummary | undefined;
}

/**
 * A warning on a group's tab when entities of the team (nested teams
 * included) show results from before an evidence outage: "3 entities of this
 * team show results from before an outage: TechInsights unreachable since
 * 10:42", listing the first few with links to their Maturity tab.
 */
export function GroupStaleEvidence(props: GroupStaleEvidenceProps) {
  const { summary } = props;
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  if (!summary || summary.entities === 0) return null;
  return (
    <Alert
      severity="warning"
      role="status"
      aria-label={t('staleEvidence.bannerAria')}
    >
      {t('staleEvidence.group', {
        count: summary.entities,
        sources: summary.sources
          .map(source => sourceDownText(source, i18n))
          .join(t('common.listSeparator')),
      })}
      <StaleEntityList
        items={summary.items.slice(0, GROUP_STALE_LISTED)}
        total={summary.entities}
      />
    </Alert>
  );
}
