export { AttestDialog } from './AttestDialog';
export type { AttestDialogProps } from './AttestDialog';
