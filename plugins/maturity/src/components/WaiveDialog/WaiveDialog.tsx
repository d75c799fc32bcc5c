import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import { maturityApiRef } from '../../api/MaturityApi';
import type { ScorecardCheck, WaiverRecord } from '../../api/types';
import { parseExpiry, validateReason } from '../../lib/validation';
import { ExpiryDateField, FormDialog } from '../FormDialog';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link WaiveDialog}.
 *
 * @public
 */
export interface WaiveDialogProps {
  open: boolean;
  entityRef: string;
  /** The model of the scorecard; the default model when absent. */
  modelId?: string;
  check?: ScorecardCheck;
  onClose: () => void;
  /** Called after the backend stored the waiver (and re-evaluated). */
  onSubmitted: (record: WaiverRecord) => void;
}

/**
 * Waives a check for an entity with a reason (at least 3 characters) and an
 * optional expiry date.
 *
 * @public
 */
export function WaiveDialog(props: WaiveDialogProps) {
  const { open, entityRef, modelId, check, onClose, onSubmitted } = props;
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const [reason, setReason] = useState('');
  const [expiry, setExpiry] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  useEffect(() => {
    if (open) {
      setReason('');
      setExpiry('');
      setShowErrors(false);
    }
  }, [open, check?.checkId]);

  const reasonError = validateReason(reason, i18n);
  const expiryResult = parseExpiry(expiry, { i18n });
  const invalid = Boolean(reasonError || expiryResult.error);

  const submit = async () => {
    setShowErrors(true);
    if (invalid || !check) return false;
    const record = await api.createWaiver({
      entityRef,
      checkId: check.checkId,
      reason: reason.trim(),
      expiresAt: expiryResult.expiresAt,
      model: modelId,
    });
    alertApi.post({
      message: t('waiveDialog.success', { check: check.title }),
      severity: 'success',
      display: 'transient',
    });
    onSubmitted(record);
    return true;
  };

  return (
    <FormDialog
      open={open}
      titleId="maturity-waive-title"
      title={t('waiveDialog.title')}
      description={
        check && (
          <>
            <strong>{check.title}</strong>
            <br />
            {t('waiveDialog.description')}
          </>
        )
      }
      resetKey={check?.checkId}
      submitLabel={t('waiveDialog.submit')}
      submittingLabel={t('waiveDialog.submitting')}
      submitDisabled={showErrors && invalid}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        id="maturity-waive-reason"
        label={t('common.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        required
        fullWidth
        multiline
        minRows={2}
        margin="normal"
        error={showErrors && Boolean(reasonError)}
        helperText={
          showErrors && reasonError ? reasonError : t('waiveDialog.reasonHint')
        }
      />
      <ExpiryDateField
        id="maturity-waive-expires-on"
        value={expiry}
        onChange={setExpiry}
        error={showErrors ? expiryResult.error : undefined}
        hint={t('waiveDialog.expiryHint')}
      />
    </FormDialog>
  );
}
