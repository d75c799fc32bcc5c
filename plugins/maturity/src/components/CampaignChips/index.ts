export { CampaignStateChip, CampaignRiskChip } from './CampaignChips';
