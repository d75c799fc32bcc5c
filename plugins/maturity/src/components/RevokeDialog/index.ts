export { RevokeDialog } from './RevokeDialog';
export type { RevokeDialogProps, RevocableRecord } from './RevokeDialog';
