import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, ReactNode, useEffect, useState } from 'react';
import { errorMessage } from '../../lib/errors';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  open: boolean;
  /** Unique id of the title, which names the dialog. */
  titleId: string;
  title: string;
  /** What the dialog is about, above the error and the fields. */
  description?: ReactNode;
  /** A change clears the submission error (e.g. another check). */
  resetKey?: string;
  submitLabel: string;
  /** Shown on the submit button while the submission runs. */
  submittingLabel: string;
  submitColor?: 'primary' | 'secondary';
  /** Keeps the submit button disabled (e.g. invalid fields shown). */
  submitDisabled?: boolean;
  onClose: () => void;
  /**
   * Submits the form: resolve `true` to close the dialog, `false` to keep it
   * open (e.g. invalid fields); a rejection is shown in the dialog.
   */
  onSubmit: () => Promise<boolean>;
  children: ReactNode;
}

/**
 * The frame of the plugin's form dialogs: title, description, the error of a
 * failed submission, fields, and Cancel / submit buttons that are disabled while the
 * submission runs. The dialog cannot be dismissed mid-submission.
 */
export function FormDialog(props: FormDialogProps) {
  const { open, titleId, title, resetKey, onClose, onSubmit } = props;
  const { t } = useMaturityTranslation();
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string>();

  useEffect(() => {
    if (open) setSubmitError(undefined);
  }, [open, resetKey]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      if (await onSubmit()) onClose();
    } catch (e) {
      setSubmitError(errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {props.description && (
            <DialogContentText>{props.description}</DialogContentText>
          )}
          {submitError && (
            <Alert severity="error" role="alert">
              {submitError}
            </Alert>
          )}
          {props.children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            {t('formDialog.cancel')}
          </Button>
          <Button
            type="submit"
            color={props.submitColor ?? 'primary'}
            variant="contained"
            disabled={submitting || props.submitDisabled}
          >
            {submitting ? props.submittingLabel : props.submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
