export { DomainLevelsChart, loadDomainLevelsChart } from './DomainLevelsChart';
export type { DomainLevelsChartProps } from './DomainLevelsChart';
