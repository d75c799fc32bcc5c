export { ReportPage } from './ReportPage';
export type { ReportPageProps } from './ReportPage';
