import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { downloadCsv } from '../../lib/csv';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link CsvExportButton}.
 *
 * @public
 */
export interface CsvExportButtonProps {
  /** The file name, e.g. `maturity-payments.csv`. */
  filename: string;
  /** Builds the CSV text when clicked. */
  csv: () => string;
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
  const { filename, csv, label = t('csvExport.label'), disabled } = props;
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={<GetAppIcon />}
      disabled={disabled}
      onClick={() => downloadCsv(filename, csv())}
    >
      {label}
    </Button>
  );
}
