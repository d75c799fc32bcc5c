export { LevelLineChart } from './LevelLineChart';
export type { LevelLineChartProps } from './LevelLineChart';
