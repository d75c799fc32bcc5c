import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useEffect, useState } from 'react';
import { maturityApiRef } from '../../api/MaturityApi';
import type { ScorecardCheck, WaiverRecord } from '../../api/types';
import { errorMessage } from '../../lib/errors';
import { toDateInputValue } from '../../lib/time';
import { parseExpiry, validateReason } from '../../lib/validation';

const DAY_MS = 24 * 3600 * 1000;

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
  const [reason, setReason] = useState('');
  const [expiry, setExpiry] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string>();

  useEffect(() => {
    if (open) {
      setReason('');
      setExpiry('');
      setShowErrors(false);
      setSubmitError(undefined);
    }
  }, [open, check?.checkId]);

  const reasonError = validateReason(reason);
  const expiryResult = parseExpiry(expiry);
  const invalid = Boolean(reasonError || expiryResult.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (invalid || !check) return;
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      const record = await api.createWaiver({
        entityRef,
        checkId: check.checkId,
        reason: reason.trim(),
        expiresAt: expiryResult.expiresAt,
        model: modelId,
      });
      alertApi.post({
        message: `Waived "${check.title}"`,
        severity: 'success',
        display: 'transient',
      });
      onSubmitted(record);
      onClose();
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
      aria-labelledby="maturity-waive-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="maturity-waive-title">Waive check</DialogTitle>
        <DialogContent>
          {check && (
            <DialogContentText>
              <strong>{check.title}</strong>
              <br />A waived check counts as met until the waiver expires or is
              revoked. Waivers are audited.
            </DialogContentText>
          )}
          {submitError && (
            <Alert severity="error" role="alert">
              {submitError}
            </Alert>
          )}
          <TextField
            id="maturity-waive-reason"
            label="Reason"
            value={reason}
            onChange={e => setReason(e.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            margin="normal"
            error={showErrors && Boolean(reasonError)}
            helperText={
              showErrors && reasonError
                ? reasonError
                : 'Why the check does not apply or cannot be met yet'
            }
          />
          <TextField
            id="maturity-waive-expires-on"
            label="Expires on"
            type="date"
            value={expiry}
            onChange={e => setExpiry(e.target.value)}
            fullWidth
            margin="normal"
            InputLabelProps={{ shrink: true }}
            inputProps={{
              min: toDateInputValue(new Date(Date.now() + DAY_MS)),
            }}
            error={showErrors && Boolean(expiryResult.error)}
            helperText={
              showErrors && expiryResult.error
                ? expiryResult.error
                : 'Optional; without a date the waiver lasts until revoked'
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting || (showErrors && invalid)}
          >
            {submitting ? 'Waiving…' : 'Waive'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
