export { WeakestEntities } from './WeakestEntities';
export type { WeakestEntitiesProps } from './WeakestEntities';
