export { ModelCheck } from './ModelCheck';
export type { ModelCheckProps } from './ModelCheck';
