import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import type { WaiverRecord } from '../../api/types';
import { validateComment } from '../../lib/validation';
import { FormDialog } from '../FormDialog';

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
  const reasonError = validateComment(reason);

  useEffect(() => {
    setReason('');
  }, [waiver?.id]);

  const submit = async () => {
    if (!waiver || reasonError) return false;
    await onRevoke(waiver, reason.trim() || undefined);
    return true;
  };

  return (
    <FormDialog
      open={Boolean(waiver)}
      titleId="maturity-revoke-title"
      title="Revoke waiver"
      description={
        <>
          The check <strong>{checkTitle ?? waiver?.checkId}</strong> counts
          again once the waiver is revoked.
        </>
      }
      resetKey={waiver?.id}
      submitLabel="Revoke"
      submittingLabel="Revoking…"
      submitColor="secondary"
      submitDisabled={Boolean(reasonError)}
      onClose={onClose}
      onSubmit={submit}
    >
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
    </FormDialog>
  );
}
