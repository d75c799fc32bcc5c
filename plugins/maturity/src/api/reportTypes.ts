export type {
  MaturityReport,
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
} from '@devops-maturity/plugin-maturity-common';

/**
 * The body of `POST /reports`: the scope (a system or group ref), the model
 * (the default one when absent), the domains (all when absent) and the
 * language of the texts (the app language when absent).
 *
 * @public
 */
export interface SaveReportRequest {
  scope: string;
  model?: string;
  domains?: string[];
  lang?: string;
}
