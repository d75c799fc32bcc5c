import { alertApiRef, useApiHolder } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { downloadBlob, downloadCsv } from '../../lib/csv';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link CsvExportButton}.
 *
 * @public
 */
export interface CsvExportButtonProps {
  /** The file name, e.g. `maturity-payments.csv`. */
  filename: string;
  /**
   * Builds the CSV text when clicked, or fetches it (a blob is saved as
   * is, e.g. a CSV answer of the backend).
   */
  csv: () => string | Blob | Promise<string | Blob>;
  label?: string;
  disabled?: boolean;
}

/**
 * A button that downloads data as a CSV file.
 *
 * @public
 */
export function CsvExportButton(props: CsvExportButtonProps) {
  const { t } = useMaturityTranslation();
  const alertApi = useApiHolder().get(alertApiRef);
  const { filename, csv, label = t('csvExport.label'), disabled } = props;
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const data = await csv();
      if (typeof data === 'string') downloadCsv(filename, data);
      else downloadBlob(filename, data);
    } catch (error) {
      alertApi?.post({
        message: t('csvExport.failed', { message: (error as Error).message }),
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={<GetAppIcon />}
      disabled={disabled || busy}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
