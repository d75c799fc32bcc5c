import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckIcon from '@material-ui/icons/Check';
import type {
  MaturityLevelDefinition,
  ScorecardCheck,
  ScorecardDomain,
} from '../../api/types';
import { LADDER_LEVELS, levelColours, levelLabel } from '../../lib/levels';
import { domainChecks } from '../../lib/nextSteps';
import { CheckItem } from '../CheckItem';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  step: {
    borderLeft: `4px solid`,
    paddingLeft: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
}));

/**
 * Props of {@link LevelLadder}.
 *
 * @public
 */
export interface LevelLadderProps {
  domain: ScorecardDomain;
  levels?: MaturityLevelDefinition[];
  canAttest?: boolean;
  canWaive?: boolean;
  onAttest?: (check: ScorecardCheck) => void;
  onWaive?: (check: ScorecardCheck) => void;
}

/**
 * A domain's levels 1–5, each marked reached or not, with every check of
 * that level.
 *
 * @public
 */
export function LevelLadder(props: LevelLadderProps) {
  const { domain, levels, ...actions } = props;
  const classes = useStyles();
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const checks = domainChecks(domain);
  const nextIds = new Set(domain.nextLevel?.checkIds ?? []);
  return (
    <div>
      {LADDER_LEVELS.map(level => {
        const atLevel = checks.filter(c => c.level === level);
        const reached = domain.level !== null && domain.level >= level;
        return (
          <section
            key={level}
            className={classes.step}
            style={{
              borderLeftColor: levelColours(reached ? level : null).background,
            }}
            aria-label={levelLabel(level, levels, i18n)}
          >
            <div className={classes.heading}>
              <Typography variant="h6" component="h4">
                {levelLabel(level, levels, i18n)}
              </Typography>
              {reached ? (
                <Typography variant="body2" component="span">
                  <CheckIcon fontSize="inherit" aria-hidden="true" />{' '}
                  {t('levelLadder.reached')}
                </Typography>
              ) : (
                <Typography
                  variant="body2"
                  component="span"
                  color="textSecondary"
                >
                  {t('levelLadder.notReached')}
                </Typography>
              )}
            </div>
            {atLevel.length === 0 ? (
              <Box mb={1}>
                <Typography variant="body2" color="textSecondary">
                  {t('levelLadder.noChecks')}
                </Typography>
              </Box>
            ) : (
              atLevel.map(check => (
                <CheckItem
                  key={check.checkId}
                  check={check}
                  defaultExpanded={nextIds.has(check.checkId)}
                  {...actions}
                />
              ))
            )}
          </section>
        );
      })}
    </div>
  );
}
