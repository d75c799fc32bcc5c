/**
 * Maturity model, strict model parser, rule engine, scoring and permissions of
 * the Maturity plugin (CAICT DevOps capability maturity scorecards).
 *
 * @packageDocumentation
 */

export type {
  AttestationRequirement,
  CheckRemediation,
  EntityPredicate,
  EntityPredicateValue,
  IndicatorAggregation,
  JsonPrimitive,
  JsonValue,
  MaturityCapability,
  MaturityCheck,
  MaturityDomain,
  MaturityIndicator,
  MaturityLevelDefinition,
  MaturityModel,
  RuleCondition,
  RuleNode,
  RuleOperator,
  TrendRequirement,
} from './model/types';
export {
  formatModelPath,
  formatModelProblems,
  ModelValidationError,
} from './model/problems';
export type { ModelPath, ModelProblem } from './model/problems';
export {
  loadLocalizedModelOrThrow,
  loadModelOrThrow,
  parseModelObject,
  parseModelYaml,
} from './model/parseModel';
export { localizeModel, resolveModelLanguage } from './model/localizeModel';
export type { LocalizedModel } from './model/localizeModel';
export type { ModelTranslations } from './model/translations';
export { isLanguageTag, matchLanguage } from './model/languageTags';
export type { ModelParseOptions, ModelParseResult } from './model/parseModel';
export type {
  AttestationEvidence,
  EntityEvidence,
  FactHistoryPoint,
  RelationTargetEvidence,
  TechInsightsFactsEvidence,
  UnavailableSource,
  WaiverEvidence,
} from './evidence/types';
export type {
  CapabilityResult,
  CheckResult,
  CheckSource,
  CheckStatus,
  CheckStatusCounts,
  DomainResult,
  EntityScore,
  NextLevelRequirement,
} from './results/types';
export { forEachCondition } from './model/forEachCondition';
export { didYouMean, suggest } from './model/suggest';
export { compileModel } from './engine/compileModel';
export type { CompiledCheck, CompiledModel } from './engine/compileModel';
export {
  evaluateChecks,
  evaluateEntities,
  evaluateEntity,
} from './engine/evaluateEntity';
export type {
  EntityEvaluation,
  EvaluateOptions,
} from './engine/evaluateEntity';
export { isIsoDate } from './engine/baselineValue';
export { compileEntityPredicate, describePredicate } from './engine/predicates';
export type { EntityMatcher } from './engine/predicates';
export { scoreResults } from './scoring/scoreResults';
export { describeModel } from './describe/describeModel';
export type {
  DescribedCheck,
  DescribedDomain,
  DescribedLevel,
  DomainCoverage,
  ModelDescription,
  ProfileCoverage,
} from './describe/describeModel';
export { ENTITY_PROFILES } from './describe/entityProfiles';
export type { EntityProfile } from './describe/entityProfiles';
export { evidenceKindOf } from './describe/evidenceKind';
export type { EvidenceKind } from './describe/evidenceKind';
export { computeIndicatorSamples } from './indicators/indicatorSamples';
export type { IndicatorSampleOptions } from './indicators/indicatorSamples';
export {
  aggregateIndicator,
  isIndicatorMet,
} from './indicators/aggregateIndicator';
export { nearestRankPercentile } from './indicators/statistics';
export type {
  IndicatorAggregate,
  IndicatorSample,
  IndicatorSamples,
} from './indicators/types';
export {
  MATURITY_ENTITY_RESOURCE_TYPE,
  maturityAdminPermission,
  maturityCampaignManagePermission,
  maturityFactsPushPermission,
  maturityReportCreatePermission,
  maturityAttestationCreatePermission,
  maturityPermissions,
  maturityScorecardReadPermission,
  maturityWaiverManagePermission,
} from './permissions';
export type {
  EntityScorecard,
  GateResult,
  ModelSummary,
  ScorecardCapability,
  ScorecardCheck,
  ScorecardCheckResult,
  ScorecardDomain,
  ScorecardDomainResult,
  ScorecardResults,
  EvidenceOutage,
  StaleCheckMarker,
  StaleEvidenceSummary,
} from './api/types';
export { expandScorecard } from './api/expandScorecard';
export type {
  AttestationList,
  AttestationRecord,
  AttestationChange,
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
  RollupTrendPoint,
  RunRecord,
  TriggerRunResult,
  UnownedRollup,
  WaiverRecord,
} from './api/records';
export * from './campaigns';
export * from './report';
export * from './entities';
