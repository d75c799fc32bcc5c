import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import RefreshIcon from '@material-ui/icons/Refresh';
import { useId } from 'react';
import type { EntityScorecard } from '../../api/types';
import { formatScore, levelLabel } from '../../lib/levels';
import { overallNextSteps } from '../../lib/nextSteps';
import { formatDateTime, formatRelativeTime } from '../../lib/time';
import { LevelChip } from '../LevelChip';
import { NextLevelList } from '../NextLevelList';

const useStyles = makeStyles(theme => ({
  level: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    flexWrap: 'wrap',
    marginBottom: theme.spacing(1),
  },
}));

/**
 * Props of {@link MaturityHeadline}.
 *
 * @public
 */
export interface MaturityHeadlineProps {
  scorecard: EntityScorecard;
  /** Show the re-evaluate button. */
  canRefresh?: boolean;
  refreshing?: boolean;
  onRefresh?: () => void;
}

/**
 * The overall (weakest-link) level with its name, the score, when the entity
 * was last evaluated, what the next overall level needs, and a re-evaluate
 * button when permitted.
 *
 * @public
 */
export function MaturityHeadline(props: MaturityHeadlineProps) {
  const { scorecard, canRefresh, refreshing, onRefresh } = props;
  const classes = useStyles();
  const titleId = useId();
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={6} component="section" aria-labelledby={titleId}>
        <Typography variant="overline" component="p" id={titleId}>
          Overall level (weakest domain)
        </Typography>
        <div className={classes.level}>
          <LevelChip
            level={scorecard.level}
            levels={scorecard.levels}
            size="large"
          />
          <Typography variant="h5" component="p">
            {levelLabel(scorecard.level, scorecard.levels)}
          </Typography>
        </div>
        <Typography variant="body1">
          Score {formatScore(scorecard.score)} of applicable checks passed or
          waived
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {scorecard.modelTitle} · last evaluated{' '}
          <time
            dateTime={scorecard.evaluatedAt}
            title={formatDateTime(scorecard.evaluatedAt)}
          >
            {formatRelativeTime(scorecard.evaluatedAt)}
          </time>{' '}
          ({formatDateTime(scorecard.evaluatedAt)})
        </Typography>
        {canRefresh && (
          <Button
            variant="outlined"
            color="primary"
            startIcon={<RefreshIcon />}
            onClick={onRefresh}
            disabled={refreshing}
            style={{ marginTop: 12 }}
          >
            {refreshing ? 'Re-evaluating…' : 'Re-evaluate now'}
          </Button>
        )}
      </Grid>
      <Grid item xs={12} md={6}>
        <NextLevelList
          currentLevel={scorecard.level}
          steps={overallNextSteps(scorecard)}
          levels={scorecard.levels}
          scope="overall"
          showDomain
          headingComponent="h3"
        />
      </Grid>
    </Grid>
  );
}
