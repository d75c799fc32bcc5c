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
import type { InputProblem } from './problems';
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

/** A Location target that is a local path (not a URL), relative to its file. */
function localTarget(target: unknown): target is string {
  return (
    typeof target === 'string' &&
    target !== '' &&
    !/^[a-z][a-z0-9+.-]*:/i.test(target)
  );
}

/**
 * Reads catalog files (multi-document YAML). Valid entities come back with
 * relations derived from their spec; every invalid document is reported with
 * file, document index, line and column, and left out. `Location` entities
 * are followed to the local files they target (URLs are not fetched) and are
 * not themselves returned. Relation targets found among the entities read
 * exist; the existence of all others is unknown.
 */
export async function readCatalogFiles(
  files: ReadonlyArray<string>,
): Promise<CatalogReadResult> {
  const entities: CatalogEntity[] = [];
  const problems: InputProblem[] = [];
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
    for (const document of readYamlDocuments(text)) {
      // kept per document: Location targets report problems after the loop moved on
      const documentNumber = document.number;
      const documentLine = document.line;
      const report = (issue: DocumentIssue) => {
        const position = document.locate(issue.path, issue.atKey);
        problems.push({
          file,
          document: documentNumber,
          line: position?.line ?? documentLine,
          column: position?.column ?? 1,
          ...(issue.path.length ? { path: formatPath(issue.path) } : {}),
          message: issue.message,
        });
      };

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
      const value = document.value;
      if (value === null || value === undefined) continue;

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
          if (!localTarget(target)) continue;
          const absolute = path.resolve(path.dirname(file), target);
          if (queued.has(absolute)) continue;
          queued.add(absolute);
          queue.push({
            file: path.relative(process.cwd(), absolute) || absolute,
            reportUnreadable: message => report({ path: targetPath, message }),
          });
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

  addCatalogRelations(entities);
  return { entities, problems };
}
