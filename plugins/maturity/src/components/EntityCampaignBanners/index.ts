export { EntityCampaignBanners } from './EntityCampaignBanners';
export type { EntityCampaignBannersProps } from './EntityCampaignBanners';
