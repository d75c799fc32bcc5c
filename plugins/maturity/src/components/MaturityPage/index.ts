export { MaturityPage } from './MaturityPage';
export type { MaturityPageProps } from './MaturityPage';
