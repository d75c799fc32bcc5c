export { CampaignScopeText } from './CampaignScopeText';
