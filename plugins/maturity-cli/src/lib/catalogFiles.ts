import fs from 'fs';
import path from 'path';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  deriveSpecRelations,
  EntityProblem,
  RelationTargetEvidence,
  validateEntity,
} from '@devops-maturity/plugin-maturity-common';
import { addCatalogRelations } from './entityRelations';
import { CliError } from './errors';
import { resolveLocationTarget } from './locationTargets';
import { mayHavePlaceholders, resolvePlaceholders } from './placeholders';
import { formatProblem, InputProblem, sortProblems } from './problems';
import { resolveRepositoryRoot } from './repositoryRoot';
import { readYamlDocuments } from './yamlDocuments';
import { formatPath, YamlPath } from './yamlPosition';

/** An entity read from a catalog file, ready to be evaluated offline. */
export interface CatalogEntity {
  /** The entity with the `relations` the catalog would store on it. */
  entity: Entity;
  /** Its normalised ref, `kind:namespace/name`. */
  entityRef: string;
  /** Relation targets by type; those read from the files exist, others are unknown. */
  relations: Record<string, RelationTargetEvidence[]>;
  /** Where it was defined. */
  file: string;
  /** 1-based index of its document in the file. */
  document: number;
  /** 1-based line where its document starts. */
  line: number;
}

/** Entities read from catalog files, and the problems of the invalid ones. */
export interface CatalogReadResult {
  entities: CatalogEntity[];
  problems: InputProblem[];
  /** What was skipped but is not an error: URL targets, globs without matches. */
  warnings: InputProblem[];
  /** Location targets skipped: URLs, and globs that matched no file. */
  skipped: { urls: number; unmatchedGlobs: number };
}

/** Options of {@link readCatalogFiles}. */
export interface CatalogReadOptions {
  /**
   * The repository root (a real path) that Location and placeholder targets
   * must stay in; by default the git top-level of the first file, else the
   * current directory.
   */
  root?: string;
}

/** A problem found in one document, before it is placed in the file. */
type DocumentIssue = EntityProblem;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** Reads a file as text, or fails the command with a one-line message. */
export function readInputFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? (error as Error).message;
    throw new CliError(`cannot read ${what} ${file}: ${reason}`);
  }
}

/** A file to read, and the Location target that led to it. */
interface QueuedFile {
  file: string;
  /** Reports a problem at the Location target that named the file. */
  reportUnreadable?: (message: string) => void;
}

/**
 * Reads catalog files (multi-document YAML). Valid entities come back with
 * relations derived from their spec; every invalid document is reported with
 * file, document index, line and column, and left out. `Location` entities
 * are followed to the local files they target, globs expanded (URLs are not
 * fetched: a warning each) and are not themselves returned. `$text`, `$json`
 * and `$yaml` placeholders are resolved. A Location or placeholder target
 * outside the repository root fails the command (exit 2), listing them all.
 * Relation targets found among the entities read exist; the existence of all
 * others is unknown.
 */
export async function readCatalogFiles(
  files: ReadonlyArray<string>,
  options: CatalogReadOptions = {},
): Promise<CatalogReadResult> {
  const root = options.root ?? resolveRepositoryRoot(undefined, files[0]);
  const entities: CatalogEntity[] = [];
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const refused: InputProblem[] = [];
  const skipped = { urls: 0, unmatchedGlobs: 0 };
  const seen = new Map<string, CatalogEntity>();
  const queue: QueuedFile[] = files.map(file => ({ file }));
  const queued = new Set(files.map(file => path.resolve(file)));

  for (let next = queue.shift(); next; next = queue.shift()) {
    const { file, reportUnreadable } = next;
    let text: string;
    try {
      text = readInputFile(file, 'catalog file');
    } catch (error) {
      if (!reportUnreadable) throw error;
      reportUnreadable((error as Error).message);
      continue;
    }
    const withPlaceholders = mayHavePlaceholders(text);
    for (const document of readYamlDocuments(text)) {
      // kept per document: Location targets report problems after the loop moved on
      const documentNumber = document.number;
      const documentLine = document.line;
      const located = (issue: DocumentIssue): InputProblem => {
        const position = document.locate(issue.path, issue.atKey);
        return {
          file,
          document: documentNumber,
          line: position?.line ?? documentLine,
          column: position?.column ?? 1,
          ...(issue.path.length ? { path: formatPath(issue.path) } : {}),
          message: issue.message,
        };
      };
      const report = (issue: DocumentIssue) => problems.push(located(issue));
      const warn = (issue: DocumentIssue) => warnings.push(located(issue));

      if (document.yamlErrors.length > 0) {
        for (const error of document.yamlErrors) {
          problems.push({
            file,
            document: documentNumber,
            line: error.line,
            column: error.column,
            message: error.message,
          });
        }
        continue;
      }
      let value = document.value;
      if (value === null || value === undefined) continue;
      if (withPlaceholders) {
        const resolved = resolvePlaceholders(value, file, root);
        resolved.warnings.forEach(warn);
        resolved.refused.forEach(issue => refused.push(located(issue)));
        if (resolved.problems.length > 0 || resolved.refused.length > 0) {
          resolved.problems.forEach(report);
          continue;
        }
        value = resolved.value;
      }

      const issues = await validateEntity(value);
      const entity = value as Entity;
      if (issues.length === 0)
        issues.push(...deriveSpecRelations(entity).problems);
      if (issues.length > 0) {
        issues.forEach(report);
        continue;
      }

      if (entity.kind.toLocaleLowerCase('en-US') === 'location') {
        const spec = (entity.spec ?? {}) as {
          target?: unknown;
          targets?: unknown;
        };
        const targets: Array<[unknown, YamlPath]> = [];
        if (spec.target !== undefined)
          targets.push([spec.target, ['spec', 'target']]);
        if (Array.isArray(spec.targets)) {
          spec.targets.forEach((target, i) =>
            targets.push([target, ['spec', 'targets', i]]),
          );
        }
        for (const [target, targetPath] of targets) {
          const resolved = resolveLocationTarget(target, file, root);
          if (resolved.kind === 'invalid') continue;
          if (resolved.kind === 'url') {
            skipped.urls += 1;
            warn({
              path: targetPath,
              message: `skipped ${String(
                target,
              )}: URL targets are not fetched offline; give their catalog files on the command line`,
            });
            continue;
          }
          if (resolved.kind === 'outside') {
            refused.push(
              located({
                path: targetPath,
                message: `refused target ${String(
                  target,
                )}: it resolves outside the repository root (see --root)`,
              }),
            );
            continue;
          }
          if (resolved.glob && resolved.files.length === 0) {
            skipped.unmatchedGlobs += 1;
            warn({
              path: targetPath,
              message: `no file matches ${String(target)}`,
            });
          }
          for (const absolute of resolved.files) {
            if (queued.has(absolute)) continue;
            queued.add(absolute);
            queue.push({
              file: path.relative(process.cwd(), absolute) || absolute,
              reportUnreadable: message =>
                report({ path: targetPath, message }),
            });
          }
        }
        continue;
      }

      const entityRef = stringifyEntityRef(entity);
      const earlier = seen.get(entityRef);
      if (earlier) {
        report({
          path: ['metadata', 'name'],
          message: `duplicate entity ${entityRef}, first defined in ${earlier.file}:${earlier.line} [document ${earlier.document}]`,
        });
        continue;
      }
      const loaded: CatalogEntity = {
        entity,
        entityRef,
        relations: {},
        file,
        document: documentNumber,
        line: documentLine,
      };
      seen.set(entityRef, loaded);
      entities.push(loaded);
    }
  }

  if (refused.length > 0) {
    throw new CliError(
      `${refused.length} target${
        refused.length === 1 ? '' : 's'
      } outside the repository root ${root}, not read:\n${sortProblems(refused)
        .map(p => `  ${formatProblem(p)}`)
        .join('\n')}`,
    );
  }

  addCatalogRelations(entities);
  return { entities, problems, warnings, skipped };
}
