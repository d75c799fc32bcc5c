export { CampaignBurnupChart } from './CampaignBurnupChart';
export type { CampaignBurnupChartProps } from './CampaignBurnupChart';
