import { makeStyles } from '@material-ui/core/styles';
import { memo } from 'react';
import type { MaturityLevelDefinition } from '../../api/types';
import { levelColours, levelLabel, levelName } from '../../lib/levels';
import { VisuallyHidden } from '../VisuallyHidden';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    borderRadius: 12,
    fontWeight: theme.typography.fontWeightBold as number,
    whiteSpace: 'nowrap',
    lineHeight: 1.4,
  },
  small: { padding: '0 6px', fontSize: '0.75rem' },
  medium: { padding: '2px 10px', fontSize: '0.875rem' },
  large: { padding: '4px 14px', fontSize: '1.25rem', borderRadius: 16 },
}));

/**
 * Props of {@link LevelChip}.
 *
 * @public
 */
export interface LevelChipProps {
  /** 0..5, or null for not applicable. */
  level: number | null;
  /** The model's level definitions, for level titles. */
  levels?: MaturityLevelDefinition[];
  /** Show the level title next to the number. */
  showTitle?: boolean;
  size?: 'small' | 'medium' | 'large';
}

/**
 * A coloured level marker that always shows the level number as text; screen
 * readers get the full label ("Level 3 · Comprehensive"). Memoised: a page
 * shows many, and re-renders them only when their props change.
 *
 * @public
 */
export const LevelChip = memo(function LevelChipMarker(props: LevelChipProps) {
  const { level, levels, showTitle = false, size = 'medium' } = props;
  const classes = useStyles();
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const colours = levelColours(level);
  const full = levelLabel(level, levels, i18n);
  let visible: string;
  if (level === null) visible = t('level.shortNotApplicable');
  else if (showTitle) {
    visible = t('level.shortWithName', {
      level,
      name: levelName(level, levels, i18n),
    });
  } else visible = t('level.short', { level });
  return (
    <span
      className={`${classes.root} ${classes[size]}`}
      style={{ backgroundColor: colours.background, color: colours.text }}
      title={full}
      data-level={level ?? 'na'}
    >
      <span aria-hidden="true">{visible}</span>
      <VisuallyHidden>{full}</VisuallyHidden>
    </span>
  );
});
