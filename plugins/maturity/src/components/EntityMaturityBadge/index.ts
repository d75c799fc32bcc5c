export { EntityMaturityBadge } from './EntityMaturityBadge';
export type { EntityMaturityBadgeProps } from './EntityMaturityBadge';
