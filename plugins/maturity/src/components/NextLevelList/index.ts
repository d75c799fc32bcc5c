export { NextLevelList } from './NextLevelList';
export type { NextLevelListProps } from './NextLevelList';
