export { GroupCampaigns } from './GroupCampaigns';
export type { GroupCampaignsProps } from './GroupCampaigns';
