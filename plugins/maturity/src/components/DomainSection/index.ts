export { DomainSection } from './DomainSection';
export type { DomainSectionProps } from './DomainSection';
