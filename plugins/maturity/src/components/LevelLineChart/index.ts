export { LevelLineChart, loadLevelLineChart } from './LevelLineChart';
export type { LevelLineChartProps } from './LevelLineChart';
