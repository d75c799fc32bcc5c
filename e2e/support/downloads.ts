import { expect, Page } from '@playwright/test';
import fs from 'fs';

/**
 * Clicks `trigger`, waits for the browser's download and returns its file
 * name and CSV lines (the file starts with a byte-order mark for
 * spreadsheets, and ends lines with CRLF).
 */
export async function downloadCsv(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ filename: string; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trigger(),
  ]);
  const file = await download.path();
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return {
    filename: download.suggestedFilename(),
    lines: text.slice(1).split('\r\n'),
  };
}
