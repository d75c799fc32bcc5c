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

function countsText(counts: CheckStatusCounts): string {
  const parts: string[] = [`${counts.passed} passed`];
  if (counts.failed) parts.push(`${counts.failed} failed`);
  if (counts.unknown) parts.push(`${counts.unknown} unknown`);
  if (counts.waived) parts.push(`${counts.waived} waived`);
  if (counts.error) parts.push(`${counts.error} with errors`);
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
              Score {formatScore(domain.score)} · {countsText(domain.counts)}
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
            No check of this domain applies to this entity.
          </Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
