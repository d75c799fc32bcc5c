import fs from 'fs';
import type { TextSink } from './bufferedOutput';
import { CliError } from './errors';

/** A file written in pieces (`--output`), closed once everything is written. */
export interface OutputFile extends TextSink {
  close(): void;
}

/**
 * Opens (creates or empties) the `--output` file before the report is
 * written, so that a path that cannot be written fails the command (exit 2)
 * with a one-line message.
 */
export function openOutputFile(file: string): OutputFile {
  let fd: number;
  try {
    fd = fs.openSync(file, 'w');
  } catch (error) {
    throw new CliError(
      `cannot write --output ${file}: ${(error as Error).message}`,
    );
  }
  return {
    write(text: string) {
      fs.writeSync(fd, text);
    },
    close() {
      fs.closeSync(fd);
    },
  };
}
