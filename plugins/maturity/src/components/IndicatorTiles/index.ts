export { IndicatorTiles } from './IndicatorTiles';
export type { IndicatorTilesProps } from './IndicatorTiles';
export { IndicatorTile } from './IndicatorTile';
export type { IndicatorTileProps } from './IndicatorTile';
export { IndicatorSparkline } from './IndicatorSparkline';
export type { IndicatorSparklineProps } from './IndicatorSparkline';
export { IndicatorStatusChip } from './IndicatorStatusChip';
export { IndicatorsSection } from './IndicatorsSection';
export type { IndicatorsSectionProps } from './IndicatorsSection';
