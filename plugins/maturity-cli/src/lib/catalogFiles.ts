import fs from 'fs';
import path from 'path';
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  Entity,
  groupEntityV1alpha1Validator,
  KindValidator,
  locationEntityV1alpha1Validator,
  makeValidator,
  resourceEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import type { RelationTargetEvidence } from '@devops-maturity/plugin-maturity-common';
import { deriveRelations } from './entityRelations';
import { CliError } from './errors';
import { resolveLocationTarget } from './locationTargets';
import { mayHavePlaceholders, resolvePlaceholders } from './placeholders';
import { formatProblem, InputProblem, sortProblems } from './problems';
import { resolveRepositoryRoot } from './repositoryRoot';
import { readYamlDocuments } from './yamlDocuments';
import { formatPath, YamlPath } from './yamlPosition';

/** An entity read from a catalog file, ready to be evaluated offline. */
export interface CatalogEntity {
  /** The entity with `relations` derived from its spec. */
  entity: Entity;
  /** Its normalised ref, `kind:namespace/name`. */
  entityRef: string;
  /** Relation targets by type, existence unknown. */
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

const validators = makeValidator();

/** The catalog's validators of the built-in kinds; each compiles its schema on first use. */
const KIND_VALIDATORS: Record<string, KindValidator> = {
  component: componentEntityV1alpha1Validator,
  api: apiEntityV1alpha1Validator,
  system: systemEntityV1alpha1Validator,
  domain: domainEntityV1alpha1Validator,
  resource: resourceEntityV1alpha1Validator,
  group: groupEntityV1alpha1Validator,
  user: userEntityV1alpha1Validator,
  location: locationEntityV1alpha1Validator,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem found in one document, before it is placed in the file. */
interface DocumentIssue {
  path: YamlPath;
  message: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey?: boolean;
}

/** Validates the envelope and metadata the way the catalog does; every issue, not only the first. */
function validateEnvelope(value: unknown): DocumentIssue[] {
  if (!isRecord(value)) {
    return [
      {
        path: [],
        message:
          'an entity must be a mapping with apiVersion, kind, metadata and spec',
      },
    ];
  }
  const issues: DocumentIssue[] = [];
  const requireString = (
    key: string,
    valid: (v: string) => boolean,
    what: string,
  ) => {
    const field = value[key];
    if (field === undefined || field === null || field === '') {
      issues.push({ path: [key], message: `is required (${what})` });
    } else if (typeof field !== 'string' || !valid(field)) {
      issues.push({
        path: [key],
        message: `${JSON.stringify(field)} is not a valid ${what}`,
      });
    }
  };
  requireString(
    'apiVersion',
    validators.isValidApiVersion,
    'apiVersion, e.g. backstage.io/v1alpha1',
  );
  requireString('kind', validators.isValidKind, 'kind, e.g. Component');

  const metadata = value.metadata;
  if (!isRecord(metadata)) {
    issues.push({
      path: ['metadata'],
      message:
        metadata === undefined
          ? 'is required (a mapping with at least a name)'
          : 'must be a mapping',
    });
    return issues;
  }
  const name = metadata.name;
  if (name === undefined || name === null || name === '') {
    issues.push({ path: ['metadata', 'name'], message: 'is required' });
  } else if (typeof name !== 'string' || !validators.isValidEntityName(name)) {
    issues.push({
      path: ['metadata', 'name'],
      message: `${JSON.stringify(
        name,
      )} is not a valid entity name: letters, digits and [-_.] between them, at most 63 characters`,
    });
  }
  const namespace = metadata.namespace;
  if (
    namespace !== undefined &&
    (typeof namespace !== 'string' || !validators.isValidNamespace(namespace))
  ) {
    issues.push({
      path: ['metadata', 'namespace'],
      message: `${JSON.stringify(
        namespace,
      )} is not a valid namespace: lower-case letters, digits and '-', at most 63 characters`,
    });
  }
  const tags = metadata.tags;
  if (tags !== undefined) {
    if (!Array.isArray(tags)) {
      issues.push({
        path: ['metadata', 'tags'],
        message: 'must be a list of tags',
      });
    } else {
      tags.forEach((tag, index) => {
        if (typeof tag !== 'string' || !validators.isValidTag(tag)) {
          issues.push({
            path: ['metadata', 'tags', index],
            message: `${JSON.stringify(
              tag,
            )} is not a valid tag: lower-case letters, digits, '+' and '#' separated by '-'`,
          });
        }
      });
    }
  }
  const annotations = metadata.annotations;
  if (annotations !== undefined) {
    if (!isRecord(annotations)) {
      issues.push({
        path: ['metadata', 'annotations'],
        message: 'must be a mapping of strings',
      });
    } else {
      for (const [key, annotation] of Object.entries(annotations)) {
        if (!validators.isValidAnnotationKey(key)) {
          issues.push({
            path: ['metadata', 'annotations', key],
            message: `'${key}' is not a valid annotation key`,
            atKey: true,
          });
        } else if (typeof annotation !== 'string') {
          issues.push({
            path: ['metadata', 'annotations', key],
            message: `must be a string, got ${JSON.stringify(annotation)}`,
          });
        }
      }
    }
  }
  if (value.spec !== undefined && !isRecord(value.spec)) {
    issues.push({ path: ['spec'], message: 'must be a mapping' });
  }
  return issues;
}

/** Runs the catalog's validator of the entity's kind (spec fields), when the kind is a built-in one. */
async function validateKind(entity: Entity): Promise<DocumentIssue[]> {
  const validator = KIND_VALIDATORS[entity.kind.toLocaleLowerCase('en-US')];
  if (validator) {
    try {
      // false: not this validator's apiVersion (e.g. a custom group); nothing to check
      await validator.check(entity);
    } catch (error) {
      // e.g. "/spec must have required property 'lifecycle' - missingProperty: lifecycle"
      const text = (error as Error).message;
      const match = /^(\/\S*|<root>)\s+(.*?)(?:\s+-\s+(\w+): (\S+))?$/.exec(
        text,
      );
      if (!match) return [{ path: ['spec'], message: text }];
      const [, pointer, message, param, paramValue] = match;
      const issuePath: YamlPath = (pointer === '<root>' ? '' : pointer)
        .split('/')
        .slice(1)
        .map(segment =>
          /^\d+$/.test(segment)
            ? Number(segment)
            : segment.replace(/~1/g, '/').replace(/~0/g, '~'),
        );
      if (param === 'missingProperty') {
        return [
          {
            path: [...issuePath, paramValue],
            message: `is required for kind ${entity.kind}`,
          },
        ];
      }
      return [{ path: issuePath, message }];
    }
  }
  return [];
}

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

      const issues = validateEnvelope(value);
      if (issues.length > 0) {
        issues.forEach(report);
        continue;
      }
      const entity = value as Entity;
      const kindIssues = await validateKind(entity);
      const derived = deriveRelations(entity);
      const allIssues = [...kindIssues, ...derived.problems];
      if (allIssues.length > 0) {
        allIssues.forEach(report);
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
        entity: { ...entity, relations: derived.relations },
        entityRef,
        relations: derived.byType,
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

  // A target defined in the files read exists; any other one may exist in the
  // live catalog, so it stays unknown.
  for (const item of entities) {
    for (const targets of Object.values(item.relations)) {
      for (const target of targets) {
        if (seen.has(target.targetRef)) target.exists = true;
      }
    }
  }
  return { entities, problems, warnings, skipped };
}
