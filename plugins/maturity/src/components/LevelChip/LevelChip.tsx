import { memo } from 'react';
import type { MaturityLevelDefinition } from '../../api/types';
import { useLevelChips } from './useLevelChips';

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
  const { level, levels, showTitle, size } = props;
  return useLevelChips(levels)(level, { showTitle, size });
});
