/** A value of a CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Keep spreadsheets from evaluating cells as formulas.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV text of a header row and data rows (CRLF line ends). */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map(row => row.map(cell).join(',')).join('\r\n');
}

/** Saves CSV text as a file download in the browser. */
export function downloadCsv(filename: string, csv: string): void {
  downloadBlob(
    filename,
    new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' }),
  );
}

/** Saves a blob (e.g. CSV from the backend) as a file download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
