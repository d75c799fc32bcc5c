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
import { extractTranslations } from './translations';
import type { LocalizedModel } from './localizeModel';

/**
 * The result of parsing a model: the model (in its default language) with its
 * localized texts, or every problem found. Warnings (e.g. texts missing one of
 * the declared languages) never make a model invalid.
 *
 * @public
 */
export type ModelParseResult =
  | {
      model: MaturityModel;
      problems: [];
      /** Problems with severity `warning`. */
      warnings: ModelProblem[];
      /** The model with every language's texts; see `localizeModel`. */
      localized: LocalizedModel;
    }
  | {
      model?: undefined;
      problems: ModelProblem[];
      warnings: ModelProblem[];
      localized?: undefined;
    };

/**
 * Options for parsing a model.
 *
 * @public
 */
export interface ModelParseOptions {
  /** The file or config key the model comes from, copied into problems. */
  source?: string;
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter(issue => {
    const key = `${formatModelPath(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function validate(raw: unknown): {
  localized?: LocalizedModel;
  issues: SchemaIssue[];
  warnings: SchemaIssue[];
} {
  const extracted = extractTranslations(raw);
  const structure = validateModelStructure(extracted.plain);
  const references = validateReferences(extracted.plain);
  const issues = dedupe([
    ...extracted.errors,
    ...structure.issues,
    ...references,
  ]);
  const warnings = extracted.warnings;
  if (issues.length > 0 || !structure.model) return { issues, warnings };
  return {
    localized: {
      model: structure.model,
      defaultLanguage: extracted.defaultLanguage,
      languages: extracted.languages,
      translations: extracted.translations,
    },
    issues,
    warnings,
  };
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
  const { localized, issues, warnings } = validate(value);
  const source = options?.source ? { source: options.source } : {};
  const toProblem =
    (severity?: 'warning') =>
    (issue: SchemaIssue): ModelProblem => ({
      path: formatModelPath(issue.path),
      message: issue.message,
      ...source,
      ...(severity ? { severity } : {}),
    });
  const warningProblems = warnings.map(toProblem('warning'));
  if (localized) {
    return {
      model: localized.model,
      problems: [],
      warnings: warningProblems,
      localized,
    };
  }
  return { problems: issues.map(toProblem()), warnings: warningProblems };
}

function byPosition(a: ModelProblem, b: ModelProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** A YAML error in words for the model's author. */
function yamlErrorMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key in a mapping';
  if (code === 'MULTIPLE_DOCS') {
    return "a model file holds one model, but a second YAML document ('---') starts here: put each model in a file of its own";
  }
  return `invalid YAML: ${message.split('\n')[0]}`;
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
      message: yamlErrorMessage(error.code, error.message),
      line: position.line,
      column: position.col,
      ...source,
    });
  }
  if (fatal.length > 0) return { problems, warnings: [] };

  let raw: unknown;
  try {
    raw = document.toJS();
  } catch (e) {
    problems.push({
      path: '(yaml)',
      message: `invalid YAML: ${(e as Error).message}`,
      ...source,
    });
    return { problems, warnings: [] };
  }

  const { localized, issues, warnings } = validate(raw);
  const located = (issue: SchemaIssue, severity?: 'warning'): ModelProblem => {
    const position = positionOf(
      document,
      lineCounter,
      issue.path,
      issue.atKey === true,
    );
    return {
      path: formatModelPath(issue.path),
      message: issue.message,
      ...(position ? { line: position.line, column: position.column } : {}),
      ...source,
      ...(severity ? { severity } : {}),
    };
  };
  const warningProblems = warnings
    .map(issue => located(issue, 'warning'))
    .sort(byPosition);
  if (localized && problems.length === 0) {
    return {
      model: localized.model,
      problems: [],
      warnings: warningProblems,
      localized,
    };
  }
  problems.push(...issues.map(issue => located(issue)));
  problems.sort(byPosition);
  return { problems, warnings: warningProblems };
}

/**
 * Parses a model from YAML text (a string) or a plain object with every
 * language's texts, and throws a {@link ModelValidationError} listing every
 * problem when it is invalid. Warnings are ignored.
 *
 * @public
 */
export function loadLocalizedModelOrThrow(
  input: string | unknown,
  options?: ModelParseOptions,
): LocalizedModel {
  const result =
    typeof input === 'string'
      ? parseModelYaml(input, options)
      : parseModelObject(input, options);
  if (!result.localized) throw new ModelValidationError(result.problems);
  return result.localized;
}

/**
 * Parses a model from YAML text (a string) or a plain object, and throws a
 * {@link ModelValidationError} listing every problem when it is invalid.
 * Returns the model in its default language.
 *
 * @public
 */
export function loadModelOrThrow(
  input: string | unknown,
  options?: ModelParseOptions,
): MaturityModel {
  return loadLocalizedModelOrThrow(input, options).model;
}
