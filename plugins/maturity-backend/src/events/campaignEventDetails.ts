import type {
  Campaign,
  CampaignTarget,
} from '@devops-maturity/plugin-maturity-common';

/** What every `maturity.campaign.*` event says of its campaign. */
export interface CampaignEventDetails {
  campaignId: string;
  title: string;
  modelId: string;
  owner: string;
  targets: CampaignTarget[];
  startDate: string;
  targetDate: string;
  state: Campaign['state'];
}

/** The campaign fields of a `maturity.campaign.*` event payload. */
export function campaignEventDetails(campaign: Campaign): CampaignEventDetails {
  return {
    campaignId: campaign.id,
    title: campaign.title,
    modelId: campaign.modelId,
    owner: campaign.owner,
    targets: campaign.targets.map(t => ({ domain: t.domain, level: t.level })),
    startDate: campaign.startDate,
    targetDate: campaign.targetDate,
    state: campaign.state,
  };
}
