export { ReportsTab } from './ReportsTab';
export type { ReportsTabProps } from './ReportsTab';
