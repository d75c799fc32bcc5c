import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type {
  CheckStatusCounts,
  MaturityLevelDefinition,
  ScorecardCheck,
  ScorecardDomain,
} from '../../api/types';
import { formatScore } from '../../lib/levels';
import { domainNextSteps } from '../../lib/nextSteps';
import { LevelChip } from '../LevelChip';
import { LevelLadder } from '../LevelLadder';
import { NextLevelList } from '../NextLevelList';
import { MaturityTranslate, useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    flexWrap: 'wrap',
    width: '100%',
  },
  title: { flex: 1, minWidth: 200 },
  details: { display: 'block' },
}));

function countsText(counts: CheckStatusCounts, t: MaturityTranslate): string {
  const parts: string[] = [t('domainSection.passed', { count: counts.passed })];
  if (counts.failed) {
    parts.push(t('domainSection.failed', { count: counts.failed }));
  }
  if (counts.unknown) {
    parts.push(t('domainSection.unknown', { count: counts.unknown }));
  }
  if (counts.waived) {
    parts.push(t('domainSection.waived', { count: counts.waived }));
  }
  if (counts.error) {
    parts.push(t('domainSection.errors', { count: counts.error }));
  }
  return parts.join(' · ');
}

/**
 * Props of {@link DomainSection}.
 *
 * @public
 */
export interface DomainSectionProps {
  domain: ScorecardDomain;
  levels?: MaturityLevelDefinition[];
  defaultExpanded?: boolean;
  canAttest?: boolean;
  canWaive?: boolean;
  onAttest?: (check: ScorecardCheck) => void;
  onWaive?: (check: ScorecardCheck) => void;
}

/**
 * One domain of a scorecard as an expandable section: its level, score and
 * counts; inside, what the next level needs and the level ladder.
 *
 * @public
 */
export function DomainSection(props: DomainSectionProps) {
  const { domain, levels, defaultExpanded, ...actions } = props;
  const classes = useStyles();
  const { t, language } = useMaturityTranslation();
  const id = `maturity-domain-${domain.domainId}`;
  return (
    <Accordion
      defaultExpanded={defaultExpanded}
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`${id}-content`}
        id={`${id}-header`}
      >
        <div className={classes.summary}>
          <div className={classes.title}>
            <Typography variant="h6" component="h3">
              {domain.title}
            </Typography>
            {domain.part && domain.part !== domain.title && (
              <Typography variant="caption" color="textSecondary">
                {domain.part}
              </Typography>
            )}
          </div>
          <LevelChip level={domain.level} levels={levels} showTitle />
          {domain.applicable && (
            <Typography variant="body2" color="textSecondary">
              {t('domainSection.summary', {
                score: formatScore(domain.score, language),
                counts: countsText(domain.counts, t),
              })}
            </Typography>
          )}
        </div>
      </AccordionSummary>
      <AccordionDetails
        className={classes.details}
        id={`${id}-content`}
        aria-labelledby={`${id}-header`}
      >
        {domain.applicable ? (
          <>
            <Box mb={2}>
              <NextLevelList
                currentLevel={domain.level}
                steps={domainNextSteps(domain)}
                levels={levels}
              />
            </Box>
            <LevelLadder domain={domain} levels={levels} {...actions} />
          </>
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('domainSection.notApplicable')}
          </Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
