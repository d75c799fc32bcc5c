import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import { validateComment } from '../../lib/validation';
import { FormDialog } from '../FormDialog';
import { useMaturityTranslation } from '../../translation';

/** A waiver or an attestation, as far as revoking it needs. */
export interface RevocableRecord {
  id: string;
  checkId: string;
}

/**
 * Props of {@link RevokeDialog}.
 *
 * @public
 */
export interface RevokeDialogProps<T extends RevocableRecord> {
  /** What is revoked; decides the title and the explanation. */
  kind: 'waiver' | 'attestation';
  /** The record to revoke; the dialog is open while it is set. */
  record?: T;
  /** The title of the record's check. */
  checkTitle?: string;
  onClose: () => void;
  /** Revokes the record; a rejection is shown in the dialog. */
  onRevoke: (record: T, reason: string | undefined) => Promise<void>;
}

/** The message keys of each kind: heading and explanation. */
const MESSAGE_KEYS = {
  waiver: ['revokeDialog.waiverTitle', 'revokeDialog.waiverDescription'],
  attestation: [
    'revokeDialog.attestationTitle',
    'revokeDialog.attestationDescription',
  ],
} as const;

/**
 * Confirms the revocation of a waiver or an attestation, with an optional
 * reason for the audit trail.
 *
 * @public
 */
export function RevokeDialog<T extends RevocableRecord>(
  props: RevokeDialogProps<T>,
) {
  const { kind, record, checkTitle, onClose, onRevoke } = props;
  const [reason, setReason] = useState('');
  const i18n = useMaturityTranslation();
  const { t, tNode } = i18n;
  const reasonError = validateComment(reason, i18n);
  const [titleKey, descriptionKey] = MESSAGE_KEYS[kind];

  useEffect(() => {
    setReason('');
  }, [record?.id]);

  const submit = async () => {
    if (!record || reasonError) return false;
    await onRevoke(record, reason.trim() || undefined);
    return true;
  };

  return (
    <FormDialog
      open={Boolean(record)}
      titleId={`maturity-revoke-${kind}-title`}
      title={t(titleKey)}
      description={
        <>
          {tNode(descriptionKey, {
            check: <strong>{checkTitle ?? record?.checkId}</strong>,
          })}
        </>
      }
      resetKey={record?.id}
      submitLabel={t('revokeDialog.submit')}
      submittingLabel={t('revokeDialog.submitting')}
      submitColor="secondary"
      submitDisabled={Boolean(reasonError)}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        id={`maturity-revoke-${kind}-reason`}
        label={t('common.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        fullWidth
        multiline
        margin="normal"
        error={Boolean(reasonError)}
        helperText={reasonError ?? t('revokeDialog.reasonHint')}
      />
    </FormDialog>
  );
}
