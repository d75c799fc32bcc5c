import TextField from '@material-ui/core/TextField';
import { toDateInputValue } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';

const DAY_MS = 24 * 3600 * 1000;

/** Props of {@link ExpiryDateField}. */
export interface ExpiryDateFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The last day that may be chosen; any future day when absent. */
  max?: Date;
  /** Shown instead of the hint when set. */
  error?: string;
  hint: string;
}

/** An optional expiry day, from tomorrow on, of an attestation or waiver. */
export function ExpiryDateField(props: ExpiryDateFieldProps) {
  const { id, value, onChange, max, error, hint } = props;
  const { t } = useMaturityTranslation();
  return (
    <TextField
      id={id}
      label={t('expiryDateField.label')}
      type="date"
      value={value}
      onChange={e => onChange(e.target.value)}
      fullWidth
      margin="normal"
      InputLabelProps={{ shrink: true }}
      inputProps={{
        min: toDateInputValue(new Date(Date.now() + DAY_MS)),
        max: max ? toDateInputValue(max) : undefined,
      }}
      error={Boolean(error)}
      helperText={error ?? hint}
    />
  );
}
