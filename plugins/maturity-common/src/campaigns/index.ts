export type {
  Campaign,
  CampaignAuditEntry,
  CampaignBurnupPoint,
  CampaignEntityFilter,
  CampaignEntityProgress,
  CampaignEntityQuery,
  CampaignEntityTarget,
  CampaignInput,
  CampaignProgress,
  CampaignProgressSummary,
  CampaignRemainingCheck,
  CampaignScope,
  CampaignState,
  CampaignSummary,
  CampaignTarget,
  CampaignTeamProgress,
  EntityCampaign,
} from './types';
export {
  CAMPAIGN_ID_PATTERN,
  formatCampaignProblems,
  validateCampaignInput,
} from './validateCampaignInput';
export type {
  CampaignModelInfo,
  CampaignProblem,
  ValidateCampaignOptions,
} from './validateCampaignInput';
export { computeBurnup } from './computeBurnup';
export type {
  CampaignEntityTargetHistory,
  CampaignLevelChange,
} from './computeBurnup';
export {
  isCampaignAtRisk,
  projectCompletion,
  PROJECTION_WINDOW_DAYS,
} from './projectCompletion';
export { addDays, daysBetween } from './days';
