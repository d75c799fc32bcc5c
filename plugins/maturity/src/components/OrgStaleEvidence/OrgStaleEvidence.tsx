import Button from '@material-ui/core/Button';
import Collapse from '@material-ui/core/Collapse';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useState } from 'react';
import type { StaleEvidenceSummary } from '../../api/types';
import { evidenceSourceName, formatOutageTime } from '../../lib/staleEvidence';
import { useMaturityTranslation } from '../../translation';
import { StaleEntityList } from '../StaleEntityList';

/** Props of {@link OrgStaleEvidence}. */
export interface OrgStaleEvidenceProps {
  /**
   * The catalog's stale-evidence summary (`useStaleEvidence`); nothing is
   * shown while it is absent or when no entity is concerned.
   */
  summary: StaleEvidenceSummary | undefined;
}

/**
 * A warning on the org dashboard when entities rest on stale evidence: "12
 * entities rest on stale evidence" with each source that is down, unfolding
 * into the list of those entities.
 */
export function OrgStaleEvidence(props: OrgStaleEvidenceProps) {
  const { summary } = props;
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const [open, setOpen] = useState(false);
  if (!summary || summary.entities === 0) return null;
  const listId = 'maturity-stale-evidence-entities';
  return (
    <Alert
      severity="warning"
      role="status"
      aria-label={t('staleEvidence.bannerAria')}
      action={
        <Button
          color="inherit"
          size="small"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(o => !o)}
        >
          {open
            ? t('staleEvidence.hideEntities')
            : t('staleEvidence.showEntities')}
        </Button>
      }
    >
      <AlertTitle>
        {t('staleEvidence.org', { count: summary.entities })}
      </AlertTitle>
      {summary.sources.map(source => (
        <Typography
          key={source.source}
          variant="body2"
          component="p"
          title={source.message}
        >
          {t('staleEvidence.orgSource', {
            source: evidenceSourceName(source.source, i18n),
            since: formatOutageTime(source.since, language),
            count: source.entities,
          })}
        </Typography>
      ))}
      <Collapse in={open} unmountOnExit>
        <div id={listId}>
          <StaleEntityList items={summary.items} total={summary.entities} />
        </div>
      </Collapse>
    </Alert>
  );
}
