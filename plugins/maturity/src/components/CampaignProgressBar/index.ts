export { CampaignProgressBar } from './CampaignProgressBar';
export type { CampaignProgressBarProps } from './CampaignProgressBar';
