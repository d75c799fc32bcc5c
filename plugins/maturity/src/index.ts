/**
 * The Maturity frontend plugin: CAICT DevOps capability maturity scorecards
 * in Backstage — the entity Maturity tab and overview card, the team rollup
 * and the `/maturity` org dashboard with a model explorer.
 *
 * @packageDocumentation
 */

export {
  maturityPlugin,
  MaturityPage,
  EntityMaturityContent,
  EntityMaturityCard,
  EntityMaturityBadge,
  GroupMaturityContent,
} from './plugin';
export { rootRouteRef } from './routes';
export { maturityTranslationRef, maturityTranslations } from './translation';
export * from './api';
export type { EntityMaturityContentProps } from './components/EntityMaturityContent';
export type { EntityMaturityCardProps } from './components/EntityMaturityCard';
export type { EntityMaturityBadgeProps } from './components/EntityMaturityBadge';
export type { GroupMaturityContentProps } from './components/GroupMaturityContent';
export type { MaturityPageProps } from './components/MaturityPage';
