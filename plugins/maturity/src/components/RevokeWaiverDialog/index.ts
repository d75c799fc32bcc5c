export { RevokeWaiverDialog } from './RevokeWaiverDialog';
export type { RevokeWaiverDialogProps } from './RevokeWaiverDialog';
