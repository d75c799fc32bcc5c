export { RollupHeatmap } from './RollupHeatmap';
export type { RollupHeatmapProps } from './RollupHeatmap';
