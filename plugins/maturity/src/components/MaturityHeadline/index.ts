export { MaturityHeadline } from './MaturityHeadline';
export type { MaturityHeadlineProps } from './MaturityHeadline';
