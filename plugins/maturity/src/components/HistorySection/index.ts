export { HistorySection } from './HistorySection';
export type { HistorySectionProps } from './HistorySection';
