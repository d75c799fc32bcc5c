import { MarkdownContent } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Collapse from '@material-ui/core/Collapse';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import type { MaturityCheck, MaturityLevelDefinition } from '../../api/types';
import { LevelChip } from '../LevelChip';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: { padding: theme.spacing(1.5, 2), margin: theme.spacing(1, 0) },
  header: { display: 'flex', gap: theme.spacing(1.5), alignItems: 'center' },
}));

/**
 * Props of {@link ModelCheck}.
 *
 * @public
 */
export interface ModelCheckProps {
  check: MaturityCheck;
  levels?: MaturityLevelDefinition[];
}

/**
 * One check of a model definition: level, title, how it is verified (rule
 * or attestation), CAICT reference and remediation.
 *
 * @public
 */
export function ModelCheck(props: ModelCheckProps) {
  const { check, levels } = props;
  const classes = useStyles();
  const [open, setOpen] = useState(false);
  const { t } = useMaturityTranslation();
  const regionId = `model-check-${check.id}`;
  return (
    <Paper
      variant="outlined"
      className={classes.root}
      component="article"
      aria-label={t('common.checkAria', { title: check.title })}
    >
      <div className={classes.header}>
        <LevelChip level={check.level} levels={levels} showTitle size="small" />
        <Typography variant="body1" component="h5">
          {check.title}
        </Typography>
      </div>
      <Typography variant="caption" color="textSecondary" component="p">
        {check.id} ·{' '}
        {check.attestation
          ? t('modelCheck.attestation', {
              evidence: check.attestation.evidence,
              count: check.attestation.validForDays,
            })
          : t('modelCheck.automated')}
      </Typography>
      {check.reference && (
        <Typography variant="body2">
          {t('modelCheck.reference', { reference: check.reference })}
        </Typography>
      )}
      {check.description && (
        <Typography variant="body2" color="textSecondary">
          {check.description}
        </Typography>
      )}
      <Button
        size="small"
        onClick={() => setOpen(o => !o)}
        aria-expanded={open}
        aria-controls={regionId}
      >
        {open
          ? t('modelCheck.hideRemediation')
          : t('modelCheck.showRemediation')}
      </Button>
      <Collapse in={open} unmountOnExit>
        <div id={regionId}>
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
    </Paper>
  );
}
