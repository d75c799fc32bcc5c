import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { MaturityLevelDefinition } from '../../api/types';
import { levelLabel, MAX_LEVEL } from '../../lib/levels';
import type { NextStep } from '../../lib/nextSteps';
import { CheckStatusIcon } from '../CheckStatusIcon';

/**
 * Props of {@link NextLevelList}.
 *
 * @public
 */
export interface NextLevelListProps {
  /** The current level (0..5, null when not applicable). */
  currentLevel: number | null;
  /** The checks still open for the next level. */
  steps: NextStep[];
  levels?: MaturityLevelDefinition[];
  /** Name each step's domain (for overall and cross-domain lists). */
  showDomain?: boolean;
  /** A prefix of the heading, e.g. "overall". */
  scope?: string;
  /** The heading element, for the page's outline. */
  headingComponent?: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/**
 * "To reach level N+1": the checks standing between a level and the next.
 *
 * @public
 */
export function NextLevelList(props: NextLevelListProps) {
  const { currentLevel, steps, levels, showDomain, scope } = props;
  const headingComponent = props.headingComponent ?? 'h4';
  if (currentLevel === null) {
    return (
      <Typography variant="body2" color="textSecondary">
        No checks apply, so there is no next level.
      </Typography>
    );
  }
  if (currentLevel >= MAX_LEVEL) {
    return (
      <Typography variant="body1">
        Top level reached: {levelLabel(MAX_LEVEL, levels)}.
      </Typography>
    );
  }
  const target = levelLabel(currentLevel + 1, levels);
  return (
    <section aria-label={`Next steps${scope ? ` ${scope}` : ''}`}>
      <Typography variant="subtitle1" component={headingComponent}>
        To reach {scope ? `${scope} ` : ''}
        {target}
      </Typography>
      {steps.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No open checks are listed for the next level.
        </Typography>
      ) : (
        <List dense disablePadding>
          {steps.map(step => (
            <ListItem
              key={`${step.domainId}:${step.check.checkId}`}
              disableGutters
            >
              <ListItemIcon>
                <CheckStatusIcon status={step.check.status} showLabel={false} />
              </ListItemIcon>
              <ListItemText
                primary={step.check.title}
                secondary={[
                  showDomain ? step.domainTitle : undefined,
                  step.check.message,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
