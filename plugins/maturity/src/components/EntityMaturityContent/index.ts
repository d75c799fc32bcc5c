export { EntityMaturityContent } from './EntityMaturityContent';
export type { EntityMaturityContentProps } from './EntityMaturityContent';
