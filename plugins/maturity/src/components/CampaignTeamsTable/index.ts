export { CampaignTeamsTable } from './CampaignTeamsTable';
export type { CampaignTeamsTableProps } from './CampaignTeamsTable';
