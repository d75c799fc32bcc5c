export { FormDialog } from './FormDialog';
export type { FormDialogProps } from './FormDialog';
export { ExpiryDateField } from './ExpiryDateField';
