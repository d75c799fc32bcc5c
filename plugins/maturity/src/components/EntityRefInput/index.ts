export { EntityRefInput } from './EntityRefInput';
export type { EntityRefInputProps } from './EntityRefInput';
