import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import { maturityApiRef } from '../../api/MaturityApi';
import type { AttestationRecord, ScorecardCheck } from '../../api/types';
import { formatDate } from '../../lib/time';
import {
  parseExpiry,
  validateComment,
  validateEvidenceUrl,
} from '../../lib/validation';
import { ExpiryDateField, FormDialog } from '../FormDialog';
import { useMaturityTranslation } from '../../translation';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Props of {@link AttestDialog}.
 *
 * @public
 */
export interface AttestDialogProps {
  open: boolean;
  entityRef: string;
  /** The model of the scorecard; the default model when absent. */
  modelId?: string;
  /** The attestation check to attest. */
  check?: ScorecardCheck;
  onClose: () => void;
  /** Called after the backend stored the attestation (and re-evaluated). */
  onSubmitted: (record: AttestationRecord) => void;
}

/**
 * Attests a manual check with an evidence URL, an optional comment and an
 * optional expiry (at most the check's validity).
 *
 * @public
 */
export function AttestDialog(props: AttestDialogProps) {
  const { open, entityRef, modelId, check, onClose, onSubmitted } = props;
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [comment, setComment] = useState('');
  const [expiry, setExpiry] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  useEffect(() => {
    if (open) {
      setEvidenceUrl('');
      setComment('');
      setExpiry('');
      setShowErrors(false);
    }
  }, [open, check?.checkId]);

  const validForDays = check?.attestation?.validForDays;
  const urlError = validateEvidenceUrl(evidenceUrl, i18n);
  const commentError = validateComment(comment, i18n);
  const expiryResult = parseExpiry(expiry, { maxDays: validForDays, i18n });
  const invalid = Boolean(urlError || commentError || expiryResult.error);
  const now = new Date();
  const maxDate =
    validForDays !== undefined
      ? new Date(now.getTime() + validForDays * DAY_MS)
      : undefined;

  const submit = async () => {
    setShowErrors(true);
    if (invalid || !check) return false;
    const record = await api.createAttestation({
      entityRef,
      checkId: check.checkId,
      evidenceUrl: evidenceUrl.trim(),
      comment: comment.trim() || undefined,
      expiresAt: expiryResult.expiresAt,
      model: modelId,
    });
    alertApi.post({
      message: t('attestDialog.success', { check: check.title }),
      severity: 'success',
      display: 'transient',
    });
    onSubmitted(record);
    return true;
  };

  return (
    <FormDialog
      open={open}
      titleId="maturity-attest-title"
      title={t('attestDialog.title')}
      description={
        check && (
          <>
            <strong>{check.title}</strong>
            {check.attestation && (
              <>
                <br />
                {t('attestDialog.evidenceNeeded', {
                  evidence: check.attestation.evidence,
                })}
              </>
            )}
          </>
        )
      }
      resetKey={check?.checkId}
      submitLabel={t('attestDialog.submit')}
      submittingLabel={t('attestDialog.submitting')}
      submitDisabled={showErrors && invalid}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        id="maturity-attest-evidence-url"
        label={t('attestDialog.evidenceUrl')}
        value={evidenceUrl}
        onChange={e => setEvidenceUrl(e.target.value)}
        required
        fullWidth
        margin="normal"
        type="url"
        error={showErrors && Boolean(urlError)}
        helperText={
          showErrors && urlError ? urlError : t('attestDialog.evidenceUrlHint')
        }
      />
      <TextField
        id="maturity-attest-comment"
        label={t('attestDialog.comment')}
        value={comment}
        onChange={e => setComment(e.target.value)}
        fullWidth
        multiline
        minRows={2}
        margin="normal"
        error={showErrors && Boolean(commentError)}
        helperText={
          showErrors && commentError ? commentError : t('attestDialog.optional')
        }
      />
      <ExpiryDateField
        id="maturity-attest-expires-on"
        value={expiry}
        onChange={setExpiry}
        max={maxDate}
        error={showErrors ? expiryResult.error : undefined}
        hint={
          maxDate
            ? t('attestDialog.expiryHintUntil', {
                date: formatDate(maxDate.toISOString(), i18n.language),
              })
            : t('attestDialog.expiryHint')
        }
      />
    </FormDialog>
  );
}
