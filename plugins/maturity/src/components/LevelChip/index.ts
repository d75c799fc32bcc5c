export { LevelChip } from './LevelChip';
export type { LevelChipProps } from './LevelChip';
export { useLevelChips } from './useLevelChips';
export type { DrawLevelChip, LevelChipLook } from './useLevelChips';
