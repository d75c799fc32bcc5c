export { CheckStatusIcon } from './CheckStatusIcon';
export type { CheckStatusIconProps } from './CheckStatusIcon';
