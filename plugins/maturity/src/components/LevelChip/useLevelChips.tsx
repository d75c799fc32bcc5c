import { makeStyles } from '@material-ui/core/styles';
import { ReactElement, useMemo } from 'react';
import type { MaturityLevelDefinition } from '../../api/types';
import { levelColours, levelLabel, levelName } from '../../lib/levels';
import { useMaturityTranslation } from '../../translation';
import { VisuallyHidden } from '../VisuallyHidden';

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

/** How a level chip looks. */
export interface LevelChipLook {
  /** Show the level title next to the number. */
  showTitle?: boolean;
  size?: 'small' | 'medium' | 'large';
}

/** Draws a level chip: the level and how it looks. */
export type DrawLevelChip = (
  level: number | null,
  look?: LevelChipLook,
) => ReactElement;

/**
 * Draws level chips under one model's level titles: the styles and the
 * translated texts are looked up once per component and the texts once per
 * level, not per chip: for tables of many chips (one cell each).
 */
export function useLevelChips(
  levels: MaturityLevelDefinition[] | undefined,
): DrawLevelChip {
  const classes = useStyles();
  const i18n = useMaturityTranslation();
  return useMemo(() => {
    const { t } = i18n;
    const texts = new Map<string, { visible: string; full: string }>();
    const textOf = (level: number | null, showTitle: boolean) => {
      const key = `${level}\u0000${showTitle}`;
      let text = texts.get(key);
      if (!text) {
        let visible: string;
        if (level === null) visible = t('level.shortNotApplicable');
        else if (showTitle) {
          visible = t('level.shortWithName', {
            level,
            name: levelName(level, levels, i18n),
          });
        } else visible = t('level.short', { level });
        text = { visible, full: levelLabel(level, levels, i18n) };
        texts.set(key, text);
      }
      return text;
    };
    return (level, look = {}) => {
      const { showTitle = false, size = 'medium' } = look;
      const { visible, full } = textOf(level, showTitle);
      const colours = levelColours(level);
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
    };
  }, [classes, i18n, levels]);
}
