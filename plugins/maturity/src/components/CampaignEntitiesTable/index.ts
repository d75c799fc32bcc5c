export {
  CampaignEntitiesTable,
  ENTITY_PAGE_SIZES,
} from './CampaignEntitiesTable';
export type {
  CampaignEntitiesQuery,
  CampaignEntitiesTableProps,
} from './CampaignEntitiesTable';
