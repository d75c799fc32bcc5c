export { CampaignEntitiesTable } from './CampaignEntitiesTable';
export type { CampaignEntitiesTableProps } from './CampaignEntitiesTable';
