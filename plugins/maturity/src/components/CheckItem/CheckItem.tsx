import { MarkdownContent } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Collapse from '@material-ui/core/Collapse';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import HistoryIcon from '@material-ui/icons/History';
import { useState } from 'react';
import type { ScorecardCheck } from '../../api/types';
import { formatValue, isOpenStatus, sourceLabel } from '../../lib/checks';
import { inheritedAttestationOf } from '../../lib/inheritedAttestation';
import { staleCheckText } from '../../lib/staleEvidence';
import { formatDateTime } from '../../lib/time';
import { CheckStatusIcon } from '../CheckStatusIcon';
import { InheritedAttestation } from '../InheritedAttestation';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(1.5, 2),
    marginBottom: theme.spacing(1),
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
    flexWrap: 'wrap',
  },
  title: { flex: 1, minWidth: 200 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(1, 0, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, wordBreak: 'break-word' },
  },
  value: { fontFamily: 'monospace', fontSize: '0.85rem' },
  actions: { display: 'flex', gap: theme.spacing(1) },
  stale: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
    color: theme.palette.warning.dark,
  },
}));

/**
 * Props of {@link CheckItem}.
 *
 * @public
 */
export interface CheckItemProps {
  check: ScorecardCheck & { capabilityTitle?: string };
  /** The user may attest this check (shown for attestation checks only). */
  canAttest?: boolean;
  /** The user may waive this check (shown for open checks only). */
  canWaive?: boolean;
  onAttest?: (check: ScorecardCheck) => void;
  onWaive?: (check: ScorecardCheck) => void;
  /** Show the remediation unfolded. */
  defaultExpanded?: boolean;
}

/**
 * One check: its status, observed value, message, evidence source, the team
 * attestation it inherits (if any) and remediation, with attest and waive
 * actions when permitted; marked when it shows an earlier result because its
 * evidence source is down.
 *
 * @public
 */
export function CheckItem(props: CheckItemProps) {
  const { check, canAttest, canWaive, onAttest, onWaive } = props;
  const classes = useStyles();
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const [expanded, setExpanded] = useState(Boolean(props.defaultExpanded));
  const inherited = check.attestation
    ? inheritedAttestationOf(check.value, check.attestation.validForDays)
    : undefined;
  // An inherited attestation is shown as such, not as a raw value.
  const value = inherited ? undefined : formatValue(check.value);
  const remediationId = `remediation-${check.checkId}`;
  const showAttest =
    canAttest && check.attestation && check.status !== 'not-applicable';
  const showWaive = canWaive && isOpenStatus(check.status);

  return (
    <Paper
      variant="outlined"
      className={classes.root}
      component="article"
      aria-label={t('common.checkAria', { title: check.title })}
    >
      <div className={classes.header}>
        <CheckStatusIcon status={check.status} />
        <div className={classes.title}>
          <Typography variant="body1" component="h5">
            {check.title}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {check.checkId}
            {check.capabilityTitle ? ` · ${check.capabilityTitle}` : ''}
          </Typography>
          {check.stale && (
            <Typography
              variant="caption"
              component="p"
              className={classes.stale}
            >
              <HistoryIcon fontSize="inherit" aria-hidden />
              {staleCheckText(check.stale, i18n)}
            </Typography>
          )}
        </div>
        {(showAttest || showWaive) && (
          <div className={classes.actions}>
            {showAttest && (
              <Button
                size="small"
                variant="outlined"
                color="primary"
                onClick={() => onAttest?.(check)}
                aria-label={t('checkItem.attestAria', { title: check.title })}
              >
                {t('checkItem.attest')}
              </Button>
            )}
            {showWaive && (
              <Button
                size="small"
                variant="outlined"
                onClick={() => onWaive?.(check)}
                aria-label={t('checkItem.waiveAria', { title: check.title })}
              >
                {t('checkItem.waive')}
              </Button>
            )}
          </div>
        )}
      </div>
      <dl className={classes.facts}>
        <dt>{t('checkItem.result')}</dt>
        <dd>{check.message || '–'}</dd>
        {value !== undefined && (
          <>
            <dt>{t('checkItem.observedValue')}</dt>
            <dd className={classes.value}>{value}</dd>
          </>
        )}
        <dt>{t('checkItem.evidenceSource')}</dt>
        <dd>{sourceLabel(check.source, i18n)}</dd>
        {check.attestation && (
          <>
            <dt>{t('checkItem.attestation')}</dt>
            <dd>
              {t('checkItem.attestationValidity', {
                evidence: check.attestation.evidence,
                count: check.attestation.validForDays,
              })}
            </dd>
          </>
        )}
        {inherited && (
          <InheritedAttestation attestation={inherited} canAttest={canAttest} />
        )}
        {check.reference && (
          <>
            <dt>{t('checkItem.reference')}</dt>
            <dd>{check.reference}</dd>
          </>
        )}
        {check.updatedAt && (
          <>
            <dt>{t('checkItem.resultSince')}</dt>
            <dd>{formatDateTime(check.updatedAt, i18n.language)}</dd>
          </>
        )}
      </dl>
      {check.remediation && (
        <Box mt={1}>
          <Button
            size="small"
            onClick={() => setExpanded(e => !e)}
            aria-expanded={expanded}
            aria-controls={remediationId}
            startIcon={expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          >
            {t('checkItem.howToFix')}
          </Button>
          <Collapse in={expanded} unmountOnExit>
            <div id={remediationId}>
              <MarkdownContent content={check.remediation.markdown} />
              {check.remediation.links?.length ? (
                <ul aria-label={t('common.furtherReading')}>
                  {check.remediation.links.map(link => (
                    <li key={link.url}>
                      <Link href={link.url} target="_blank" rel="noopener">
                        {link.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </Collapse>
        </Box>
      )}
    </Paper>
  );
}
