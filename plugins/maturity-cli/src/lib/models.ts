import fs from 'fs';
import path from 'path';
import {
  compileModel,
  CompiledModel,
  formatModelProblems,
  LocalizedModel,
  localizeModel,
  MaturityModel,
  ModelProblem,
  ModelValidationError,
  parseModelObject,
  parseModelYaml,
  resolveModelLanguage,
} from '@devops-maturity/plugin-maturity-common';
import { CliError } from './errors';
import { loadYamlFast } from './fastYaml';

/** The id of the model used when `--model` is not given. */
export const DEFAULT_MODEL_ID = 'caict-devops';

/** The folder of the models shipped with `@devops-maturity/plugin-maturity-common`. */
export function builtInModelsDir(): string {
  const packageJson = require.resolve(
    '@devops-maturity/plugin-maturity-common/package.json',
  );
  return path.join(path.dirname(packageJson), 'models');
}

/** The ids of the built-in models (their file names). */
export function builtInModelIds(): string[] {
  try {
    return fs
      .readdirSync(builtInModelsDir())
      .filter(name => /\.ya?ml$/.test(name))
      .map(name => name.replace(/\.ya?ml$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/** The file of a built-in model, or undefined when no model has that id. */
export function builtInModelFile(id: string): string | undefined {
  for (const extension of ['.yaml', '.yml']) {
    const file = path.join(builtInModelsDir(), `${id}${extension}`);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** The result of linting one model file. */
export interface ModelLintResult {
  file: string;
  /** The model in its default language. */
  model?: MaturityModel;
  /** The model with the texts of every language it provides. */
  localized?: LocalizedModel;
  compiled?: CompiledModel;
  /** Errors: the model is invalid when there is any. */
  problems: ModelProblem[];
  /** Warnings (severity `warning`), e.g. texts missing a declared language. */
  warnings: ModelProblem[];
}

/** Parses, validates and compiles a model file; every problem with line, column and path. */
export function lintModelText(text: string, file: string): ModelLintResult {
  const parsed = parseModelYaml(text, { source: file });
  const { warnings } = parsed;
  if (!parsed.model) return { file, problems: parsed.problems, warnings };
  let compiled: CompiledModel;
  try {
    compiled = compileModel(parsed.model);
  } catch (error) {
    if (error instanceof ModelValidationError) {
      return {
        file,
        problems: error.problems.map(p => ({ ...p, source: file })),
        warnings,
      };
    }
    return {
      file,
      problems: [
        { path: '(model)', message: (error as Error).message, source: file },
      ],
      warnings,
    };
  }
  return {
    file,
    model: parsed.model,
    localized: parsed.localized,
    compiled,
    problems: [],
    warnings,
  };
}

/** A model ready to evaluate, and where it came from. */
export interface LoadedModel {
  /** The model compiled in its default language, to evaluate with. */
  compiled: CompiledModel;
  /** The model in its default language. */
  model: MaturityModel;
  /** The file it was read from. */
  file: string;
  /** The model compiled in the language of the report (`--lang`); `compiled` by default. */
  report: CompiledModel;
  /** The language of `report`'s texts (BCP 47). */
  language: string;
}

/** The model in the language asked for (the best match, else its default). */
export function modelInLanguage(
  localized: LocalizedModel,
  language: string | undefined,
): { model: MaturityModel; language: string } {
  if (language === undefined) {
    return { model: localized.model, language: localized.defaultLanguage };
  }
  const served = resolveModelLanguage(localized, [language]);
  return { model: localizeModel(localized, served), language: served };
}

function inLanguage(
  raw: unknown,
  compiled: CompiledModel,
  language: string | undefined,
  localized?: LocalizedModel,
): Pick<LoadedModel, 'report' | 'language'> {
  if (language === undefined) {
    return {
      report: compiled,
      language:
        localized?.defaultLanguage ?? compiled.model.defaultLanguage ?? 'en',
    };
  }
  const all = localized ?? parseModelObject(raw).localized!;
  const text = modelInLanguage(all, language);
  return {
    report: text.model === all.model ? compiled : compileModel(text.model),
    language: text.language,
  };
}

/**
 * The file of `--model`: the path itself when it is a file, else the file of
 * the built-in model with that id (default `caict-devops`). Fails (exit 2)
 * listing the built-in models when it is neither.
 */
export function resolveModelFile(spec: string | undefined): string {
  const value = spec ?? DEFAULT_MODEL_ID;
  if (fs.existsSync(value) && fs.statSync(value).isFile()) return value;
  const file = builtInModelFile(value);
  if (file) return file;
  const known = builtInModelIds();
  throw new CliError(
    `unknown model '${value}': not a file, nor a built-in model (${
      known.length ? known.join(', ') : 'none found'
    })`,
  );
}

/**
 * Resolves `--model`: a file path, or the id of a built-in model
 * (default `caict-devops`), with its texts in `language` for reports (the
 * best match, else the model's default language). An unknown value or an
 * invalid model fails the command (exit 2), listing every problem of an
 * invalid model.
 */
export function loadModel(
  spec: string | undefined,
  language?: string,
): LoadedModel {
  const file = resolveModelFile(spec);
  const text = fs.readFileSync(file, 'utf8');
  // Fast path: compileModel validates the model once; the slower positioned
  // parse runs only to report the problems of an invalid model.
  let raw: unknown;
  let compiled: CompiledModel | undefined;
  try {
    raw = loadYamlFast(text);
    compiled = compileModel(raw as MaturityModel);
  } catch {
    const result = lintModelText(text, file);
    if (!result.model || !result.compiled) {
      throw new CliError(
        `invalid model ${file}\n${formatModelProblems(result.problems)}`,
      );
    }
    return {
      compiled: result.compiled,
      model: result.model,
      file,
      ...inLanguage(undefined, result.compiled, language, result.localized),
    };
  }
  return {
    compiled,
    model: compiled.model,
    file,
    ...inLanguage(raw, compiled, language),
  };
}

/** The model id to ask the backend for: a built-in id as is, the `id` of a model file. */
export function modelIdForBackend(
  spec: string | undefined,
): string | undefined {
  if (spec === undefined) return undefined;
  if (fs.existsSync(spec) && fs.statSync(spec).isFile())
    return loadModel(spec).model.id;
  return spec;
}

/** Fails with the list of domains when `domainId` is not a domain of the model. */
export function assertDomain(
  model: MaturityModel,
  domainId: string | undefined,
): void {
  if (domainId === undefined) return;
  if (model.domains.some(domain => domain.id === domainId)) return;
  throw new CliError(
    `unknown domain '${domainId}' in model ${model.id}; domains: ${model.domains
      .map(domain => domain.id)
      .join(', ')}`,
  );
}
