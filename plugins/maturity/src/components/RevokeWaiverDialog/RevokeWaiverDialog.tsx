import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import type { WaiverRecord } from '../../api/types';
import { validateComment } from '../../lib/validation';
import { FormDialog } from '../FormDialog';
import { useMaturityTranslation } from '../../translation';

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
  const i18n = useMaturityTranslation();
  const { t, tNode } = i18n;
  const reasonError = validateComment(reason, i18n);

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
      title={t('revokeWaiverDialog.title')}
      description={
        <>
          {tNode('revokeWaiverDialog.description', {
            check: <strong>{checkTitle ?? waiver?.checkId}</strong>,
          })}
        </>
      }
      resetKey={waiver?.id}
      submitLabel={t('revokeWaiverDialog.submit')}
      submittingLabel={t('revokeWaiverDialog.submitting')}
      submitColor="secondary"
      submitDisabled={Boolean(reasonError)}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        id="maturity-revoke-reason"
        label={t('common.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        fullWidth
        multiline
        margin="normal"
        error={Boolean(reasonError)}
        helperText={reasonError ?? t('revokeWaiverDialog.reasonHint')}
      />
    </FormDialog>
  );
}
