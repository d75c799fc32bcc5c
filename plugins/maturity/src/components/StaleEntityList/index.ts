export { StaleEntityList } from './StaleEntityList';
export type { StaleEntityListProps } from './StaleEntityList';
