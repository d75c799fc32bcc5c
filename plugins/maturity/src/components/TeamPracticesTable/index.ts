export { TeamPracticesTable } from './TeamPracticesTable';
export type { TeamPracticesTableProps } from './TeamPracticesTable';
