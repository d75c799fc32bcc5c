export { RunsTab } from './RunsTab';
export type { RunsTabProps } from './RunsTab';
