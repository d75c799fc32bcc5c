export { GroupDrilldown } from './GroupDrilldown';
export type { GroupDrilldownProps } from './GroupDrilldown';
