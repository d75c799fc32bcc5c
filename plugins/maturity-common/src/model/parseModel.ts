import { LineCounter, parseDocument } from 'yaml';
import type { MaturityModel } from './types';
import {
  formatModelPath,
  ModelProblem,
  ModelValidationError,
} from './problems';
import { SchemaIssue, validateModelStructure } from './schema';
import { validateReferences } from './validateReferences';
import { positionOf } from './yamlPositions';

/**
 * The result of parsing a model: the model, or every problem found.
 *
 * @public
 */
export type ModelParseResult =
  | { model: MaturityModel; problems: [] }
  | { model?: undefined; problems: ModelProblem[] };

/**
 * Options for parsing a model.
 *
 * @public
 */
export interface ModelParseOptions {
  /** The file or config key the model comes from, copied into problems. */
  source?: string;
}

function validate(raw: unknown): {
  model?: MaturityModel;
  issues: SchemaIssue[];
} {
  const structure = validateModelStructure(raw);
  const references = validateReferences(raw);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const issue of [...structure.issues, ...references]) {
    const key = `${formatModelPath(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues.length === 0 ? { model: structure.model, issues } : { issues };
}

/**
 * Validates a model given as a plain object (e.g. from app-config).
 * Returns the model, or every problem with its path.
 *
 * @public
 */
export function parseModelObject(
  value: unknown,
  options?: ModelParseOptions,
): ModelParseResult {
  const { model, issues } = validate(value);
  if (model) return { model, problems: [] };
  return {
    problems: issues.map(issue => ({
      path: formatModelPath(issue.path),
      message: issue.message,
      ...(options?.source ? { source: options.source } : {}),
    })),
  };
}

/**
 * Parses and validates a model written in YAML. Returns the model, or every
 * problem with its path, line and column.
 *
 * @public
 */
export function parseModelYaml(
  text: string,
  options?: ModelParseOptions,
): ModelParseResult {
  const source = options?.source ? { source: options.source } : {};
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: ModelProblem[] = [];

  const fatal = document.errors.filter(e => e.code !== 'DUPLICATE_KEY');
  for (const error of document.errors) {
    const position = lineCounter.linePos(error.pos[0]);
    problems.push({
      path: '(yaml)',
      message:
        error.code === 'DUPLICATE_KEY'
          ? 'duplicate key in a mapping'
          : `invalid YAML: ${error.message.split('\n')[0]}`,
      line: position.line,
      column: position.col,
      ...source,
    });
  }
  if (fatal.length > 0) return { problems };

  let raw: unknown;
  try {
    raw = document.toJS();
  } catch (e) {
    problems.push({
      path: '(yaml)',
      message: `invalid YAML: ${(e as Error).message}`,
      ...source,
    });
    return { problems };
  }

  const { model, issues } = validate(raw);
  if (model && problems.length === 0) return { model, problems: [] };
  for (const issue of issues) {
    const position = positionOf(
      document,
      lineCounter,
      issue.path,
      issue.atKey === true,
    );
    problems.push({
      path: formatModelPath(issue.path),
      message: issue.message,
      ...(position ? { line: position.line, column: position.column } : {}),
      ...source,
    });
  }
  problems.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { problems };
}

/**
 * Parses a model from YAML text (a string) or a plain object, and throws a
 * {@link ModelValidationError} listing every problem when it is invalid.
 *
 * @public
 */
export function loadModelOrThrow(
  input: string | unknown,
  options?: ModelParseOptions,
): MaturityModel {
  const result =
    typeof input === 'string'
      ? parseModelYaml(input, options)
      : parseModelObject(input, options);
  if (!result.model) throw new ModelValidationError(result.problems);
  return result.model;
}
