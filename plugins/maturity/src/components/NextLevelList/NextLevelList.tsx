import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { MaturityLevelDefinition } from '../../api/types';
import { levelLabel, MAX_LEVEL } from '../../lib/levels';
import type { NextStep } from '../../lib/nextSteps';
import { CheckStatusIcon } from '../CheckStatusIcon';
import { useMaturityTranslation } from '../../translation';

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
  /** `overall` for the overall (weakest-link) level rather than a domain's. */
  scope?: 'overall';
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
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const overall = scope === 'overall';
  if (currentLevel === null) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('nextLevelList.noChecks')}
      </Typography>
    );
  }
  if (currentLevel >= MAX_LEVEL) {
    return (
      <Typography variant="body1">
        {t('nextLevelList.topReached', {
          level: levelLabel(MAX_LEVEL, levels, i18n),
        })}
      </Typography>
    );
  }
  const target = levelLabel(currentLevel + 1, levels, i18n);
  return (
    <section
      aria-label={
        overall ? t('nextLevelList.ariaOverall') : t('nextLevelList.aria')
      }
    >
      <Typography variant="subtitle1" component={headingComponent}>
        {overall
          ? t('nextLevelList.toReachOverall', { level: target })
          : t('nextLevelList.toReach', { level: target })}
      </Typography>
      {steps.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('nextLevelList.noOpen')}
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
