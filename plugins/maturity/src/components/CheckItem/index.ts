export { CheckItem } from './CheckItem';
export type { CheckItemProps } from './CheckItem';
