export { TrendSection } from './TrendSection';
export type { TrendSectionProps } from './TrendSection';
