export { AuditList } from './AuditList';
export type { AuditListProps } from './AuditList';
