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
import { useMaturityTranslation } from '../../translation';

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
  const i18n = useMaturityTranslation();
  const { t, tNode, language } = i18n;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={6} component="section" aria-labelledby={titleId}>
        <Typography variant="overline" component="p" id={titleId}>
          {t('maturityHeadline.overallHeading')}
        </Typography>
        <div className={classes.level}>
          <LevelChip
            level={scorecard.level}
            levels={scorecard.levels}
            size="large"
          />
          <Typography variant="h5" component="p">
            {levelLabel(scorecard.level, scorecard.levels, i18n)}
          </Typography>
        </div>
        <Typography variant="body1">
          {t('maturityHeadline.score', {
            score: formatScore(scorecard.score, language),
          })}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {tNode('maturityHeadline.lastEvaluated', {
            model: scorecard.modelTitle,
            time: (
              <time
                dateTime={scorecard.evaluatedAt}
                title={formatDateTime(scorecard.evaluatedAt, language)}
              >
                {formatRelativeTime(scorecard.evaluatedAt, undefined, language)}
              </time>
            ),
            date: formatDateTime(scorecard.evaluatedAt, language),
          })}
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
            {refreshing
              ? t('maturityHeadline.reEvaluating')
              : t('maturityHeadline.reEvaluate')}
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
