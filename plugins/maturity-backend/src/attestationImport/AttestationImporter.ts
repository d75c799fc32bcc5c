import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import fs from 'fs';
import path from 'path';
import type { ModelRegistry } from '../model/ModelRegistry';
import type { MaturityStore } from '../store/MaturityStore';
import type {
  AttestationImport,
  AttestationImportResult,
} from '../store/types';
import { attestationCheckLookup } from './lookupAttestationCheck';
import { FileAttestation, parseAttestationFile } from './parseAttestationFile';
import { AttestationFileProblem, attestationImportError } from './problems';

/**
 * Imports the attestations of the files named in
 * `maturity.attestationImports` (e.g. last year's assessment, or a demo's),
 * once at startup. All or nothing: any problem in any file stops the startup
 * with every problem listed and stores nothing. Importing the same files
 * again stores nothing new.
 */
export class AttestationImporter {
  /** An importer of the files in `maturity.attestationImports`. */
  static fromConfig(
    config: Config,
    options: {
      store: MaturityStore;
      models: ModelRegistry;
      logger: LoggerService;
    },
  ): AttestationImporter {
    const entries =
      config.getOptionalConfigArray('maturity.attestationImports') ?? [];
    return new AttestationImporter({
      ...options,
      // Resolved like `maturity.models` files: against the working directory.
      files: entries.map(entry => path.resolve(entry.getString('file'))),
    });
  }

  constructor(
    private readonly options: {
      /** Absolute paths of the files, in order. */
      files: string[];
      store: MaturityStore;
      models: ModelRegistry;
      logger: LoggerService;
    },
  ) {}

  /**
   * Validates every file, then stores their attestations in one
   * transaction. Throws an `InputError` listing every problem (and stores
   * nothing) when any file is unreadable or invalid.
   */
  async importAll(now: Date = new Date()): Promise<AttestationImportResult> {
    const { files, store, models, logger } = this.options;
    if (files.length === 0) return { imported: 0, alreadyImported: 0 };
    const lookupCheck = attestationCheckLookup(models);
    const problems: AttestationFileProblem[] = [];
    const imports: AttestationImport[] = [];
    const seen = new Map<string, string>();

    for (const file of files) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        problems.push({
          file,
          path: '(file)',
          message: `cannot be read: ${(error as Error).message}`,
        });
        continue;
      }
      const parsed = parseAttestationFile({ text, file, lookupCheck, now });
      problems.push(...parsed.problems);
      for (const attestation of parsed.attestations) {
        const where = `${file}:${attestation.line}`;
        const key = identity(attestation);
        const first = seen.get(key);
        if (first) {
          problems.push({
            file,
            line: attestation.line,
            column: attestation.column,
            path: 'attestations',
            message: `duplicate of the attestation at ${first}`,
          });
          continue;
        }
        seen.set(key, where);
        imports.push(toImport(attestation, path.basename(file)));
      }
    }
    if (problems.length > 0) throw attestationImportError(problems);

    const result = await store.importAttestations(imports, now);
    logger.info(
      `Imported ${result.imported} attestations from ${files
        .map(file => path.basename(file))
        .join(', ')} (${result.alreadyImported} imported before)`,
    );
    return result;
  }
}

/** What makes two entries the same attestation. */
function identity(attestation: FileAttestation): string {
  return JSON.stringify([
    attestation.entityRef,
    attestation.checkId,
    attestation.author,
    attestation.attestedAt.toISOString(),
    attestation.evidenceUrl,
  ]);
}

function toImport(
  attestation: FileAttestation,
  importedFrom: string,
): AttestationImport {
  return {
    entityRef: attestation.entityRef,
    checkId: attestation.checkId,
    evidenceUrl: attestation.evidenceUrl,
    comment: attestation.comment,
    author: attestation.author,
    attestedAt: attestation.attestedAt.toISOString(),
    expiresAt: attestation.expiresAt.toISOString(),
    importedFrom,
    renewOnExpiry: attestation.relative,
  };
}
