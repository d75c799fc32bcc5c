export { CampaignAuditList } from './CampaignAuditList';
export type { CampaignAuditListProps } from './CampaignAuditList';
