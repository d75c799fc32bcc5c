import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useEffect, useState } from 'react';
import type { WaiverRecord } from '../../api/types';
import { errorMessage } from '../../lib/errors';
import { validateComment } from '../../lib/validation';

/**
 * Props of {@link RevokeWaiverDialog}.
 *
 * @public
 */
export interface RevokeWaiverDialogProps {
  waiver?: WaiverRecord;
  /** The title of the waived check. */
  checkTitle?: string;
  onClose: () => void;
  /** Revokes the waiver; a rejection is shown in the dialog. */
  onRevoke: (waiver: WaiverRecord, reason: string | undefined) => Promise<void>;
}

/**
 * Confirms the revocation of a waiver, with an optional reason for the audit
 * trail.
 *
 * @public
 */
export function RevokeWaiverDialog(props: RevokeWaiverDialogProps) {
  const { waiver, checkTitle, onClose, onRevoke } = props;
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const reasonError = validateComment(reason);

  useEffect(() => {
    setReason('');
    setSubmitError(undefined);
  }, [waiver?.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!waiver || reasonError) return;
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      await onRevoke(waiver, reason.trim() || undefined);
      onClose();
    } catch (e) {
      setSubmitError(errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog
      open={Boolean(waiver)}
      onClose={submitting ? undefined : onClose}
      aria-labelledby="maturity-revoke-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="maturity-revoke-title">Revoke waiver</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The check <strong>{checkTitle ?? waiver?.checkId}</strong> counts
            again once the waiver is revoked.
          </DialogContentText>
          {submitError && (
            <Alert severity="error" role="alert">
              {submitError}
            </Alert>
          )}
          <TextField
            id="maturity-revoke-reason"
            label="Reason"
            value={reason}
            onChange={e => setReason(e.target.value)}
            fullWidth
            multiline
            margin="normal"
            error={Boolean(reasonError)}
            helperText={reasonError ?? 'Optional, kept in the audit trail'}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="secondary"
            variant="contained"
            disabled={submitting || Boolean(reasonError)}
          >
            {submitting ? 'Revoking…' : 'Revoke'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
