export { buildReport } from './buildReport';
export type { BuildReportInput, ReportEntityInput } from './input';
export { renderReportHtml } from './renderReportHtml';
export { renderReportMarkdown } from './renderReportMarkdown';
export { reportMessages } from './reportMessages';
export type { ReportMessages } from './reportMessages';
export type {
  MaturityReport,
  ProjectScorecardParts,
  ReportCapability,
  ReportCheck,
  ReportCheckResult,
  ReportDomain,
  ReportDomainSummary,
  ReportEntity,
  ReportEvidence,
  ReportGap,
  ReportHistoryPoint,
  ReportLink,
  ReportScopeKind,
  SavedReport,
  SavedReportFormat,
} from './types';
