export { DomainLevelsChart } from './DomainLevelsChart';
export type { DomainLevelsChartProps } from './DomainLevelsChart';
