export { GroupMaturityContent } from './GroupMaturityContent';
export type { GroupMaturityContentProps } from './GroupMaturityContent';
