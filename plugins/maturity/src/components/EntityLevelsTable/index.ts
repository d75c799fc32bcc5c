export { EntityLevelsTable } from './EntityLevelsTable';
export type { EntityLevelsTableProps } from './EntityLevelsTable';
