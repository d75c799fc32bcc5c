import { LoggerService } from '@backstage/backend-plugin-api';
import { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import fs from 'fs/promises';
import { DateTime } from 'luxon';
import path from 'path';
import { FactFileEntry, parseFactFile } from './parseFactFile';

interface CachedFile {
  text: string;
  entries: FactFileEntry[];
}

/**
 * Reads the demo facts directory for the demo retrievers. Files are re-read
 * on every run so edits show up at the next cadence; a file with problems is
 * logged (file, line, column) once per change and skipped, while the other
 * files still publish. History points are published once per process so
 * repeated runs do not pile up copies of the same past values.
 */
export class DemoFactSource {
  private readonly cache = new Map<string, CachedFile>();
  private readonly historyPublished = new Set<string>();

  constructor(
    private readonly options: {
      directory: string;
      schemas: Record<string, FactSchema>;
      logger: LoggerService;
    },
  ) {}

  /** The entries of one retriever from every valid file. */
  async entriesFor(
    retrieverId: string,
    now: DateTime,
  ): Promise<FactFileEntry[]> {
    const files = await this.readAll(now);
    const withHistory = !this.historyPublished.has(retrieverId);
    this.historyPublished.add(retrieverId);
    return files
      .flatMap(file => file.entries)
      .filter(
        entry =>
          entry.retrieverId === retrieverId &&
          (withHistory || entry.timestamp === undefined),
      );
  }

  private async readAll(now: DateTime): Promise<CachedFile[]> {
    const { directory, logger, schemas } = this.options;
    let names: string[];
    try {
      names = (await fs.readdir(directory))
        .filter(name => /\.ya?ml$/.test(name))
        .sort();
    } catch (error) {
      logger.error(
        `Demo facts directory ${directory} cannot be read: ${error}`,
      );
      return [];
    }
    const results: CachedFile[] = [];
    for (const name of names) {
      const file = path.join(directory, name);
      const text = await fs.readFile(file, 'utf8');
      const cached = this.cache.get(file);
      if (cached && cached.text === text) {
        results.push(cached);
        continue;
      }
      const parsed = parseFactFile({ text, file, schemas, now });
      for (const problem of parsed.problems) {
        logger.error(
          `Skipping demo facts file ${problem.file}:${problem.line}:${problem.column}: ${problem.message}`,
        );
      }
      const entry = { text, entries: parsed.entries };
      this.cache.set(file, entry);
      results.push(entry);
    }
    return results;
  }
}
