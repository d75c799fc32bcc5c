import type { ModelSummary } from '@devops-maturity/plugin-maturity-common';

export type {
  CheckSource,
  CheckStatus,
  CheckStatusCounts,
  EntityScorecard,
  GateResult,
  MaturityCapability,
  MaturityCheck,
  MaturityDomain,
  MaturityLevelDefinition,
  MaturityModel,
  ModelSummary,
  NextLevelRequirement,
  ScorecardCapability,
  ScorecardCheck,
  ScorecardDomain,
  EvidenceOutage,
  StaleCheckMarker,
  StaleEvidenceSummary,
  AttestationList,
  AttestationChange,
  AttestationRecord,
  AuditEntry,
  CreateAttestationRequest,
  CreateWaiverRequest,
  EntityListItem,
  EntityListPage,
  GroupRollup,
  GroupRollupRow,
  IndicatorHistoryPoint,
  IndicatorList,
  IndicatorValue,
  LevelAggregate,
  LevelHistoryPoint,
  MaturityEntityLevel,
  OrgRollup,
  UnownedRollup,
  RollupTrendPoint,
  RunRecord,
  TriggerRunResult,
  WaiverRecord,
} from '@devops-maturity/plugin-maturity-common';

/**
 * The answer of `GET /models`.
 *
 * @public
 */
export interface ModelList {
  /** The model used when a request names none. */
  defaultModelId: string;
  /** Every loaded model. */
  items: ModelSummary[];
}

/**
 * Filters and paging of `GET /entities`.
 *
 * @public
 */
export interface EntityListQuery {
  model?: string;
  /** Group ref; entities of nested groups are included. */
  group?: string;
  /** Only entities no known group owns (not with `group`). */
  unowned?: boolean;
  /** Level filters apply to this domain; the overall level when absent. */
  domain?: string;
  minLevel?: number;
  maxLevel?: number;
  kind?: string;
  lifecycle?: string;
  cursor?: string;
  limit?: number;
}
