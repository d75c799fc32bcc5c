export { CsvExportButton } from './CsvExportButton';
export type { CsvExportButtonProps } from './CsvExportButton';
