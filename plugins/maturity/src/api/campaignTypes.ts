// The campaign types of the API are maturity-common's (src/campaigns/types.ts);
// this file adds what only the client uses.
import type {
  Campaign,
  CampaignProgressSummary,
  CampaignState,
} from '@devops-maturity/plugin-maturity-common';

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
  CampaignRemainingCheck,
  CampaignScope,
  CampaignState,
  CampaignSummary,
  CampaignTarget,
  CampaignTeamProgress,
  EntityCampaign,
} from '@devops-maturity/plugin-maturity-common';

/**
 * The progress figures of a campaign in the list.
 *
 * @public
 */
export type CampaignSummaryProgress = CampaignProgressSummary;

/**
 * The answer to creating or updating a campaign.
 *
 * @public
 */
export interface CampaignChange {
  campaign: Campaign;
  warnings: string[];
}

/**
 * Filters of `GET /campaigns`.
 *
 * @public
 */
export interface CampaignListQuery {
  state?: CampaignState;
  owner?: string;
}
