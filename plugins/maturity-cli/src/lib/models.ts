import fs from 'fs';
import path from 'path';
import {
  compileModel,
  CompiledModel,
  formatModelProblems,
  MaturityModel,
  ModelProblem,
  ModelValidationError,
  parseModelYaml,
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
  model?: MaturityModel;
  compiled?: CompiledModel;
  problems: ModelProblem[];
}

/** Parses, validates and compiles a model file; every problem with line, column and path. */
export function lintModelText(text: string, file: string): ModelLintResult {
  const parsed = parseModelYaml(text, { source: file });
  if (!parsed.model) return { file, problems: parsed.problems };
  let compiled: CompiledModel;
  try {
    compiled = compileModel(parsed.model);
  } catch (error) {
    if (error instanceof ModelValidationError) {
      return {
        file,
        problems: error.problems.map(p => ({ ...p, source: file })),
      };
    }
    return {
      file,
      problems: [
        { path: '(model)', message: (error as Error).message, source: file },
      ],
    };
  }
  return { file, model: parsed.model, compiled, problems: [] };
}

/** A model ready to evaluate, and where it came from. */
export interface LoadedModel {
  compiled: CompiledModel;
  model: MaturityModel;
  /** The file it was read from. */
  file: string;
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
 * (default `caict-devops`). An unknown value or an invalid model fails the
 * command (exit 2), listing every problem of an invalid model.
 */
export function loadModel(spec: string | undefined): LoadedModel {
  const file = resolveModelFile(spec);
  const text = fs.readFileSync(file, 'utf8');
  // Fast path: compileModel validates the model once; the slower positioned
  // parse runs only to report the problems of an invalid model.
  try {
    const compiled = compileModel(loadYamlFast(text) as MaturityModel);
    return { compiled, model: compiled.model, file };
  } catch {
    const result = lintModelText(text, file);
    if (!result.model || !result.compiled) {
      throw new CliError(
        `invalid model ${file}\n${formatModelProblems(result.problems)}`,
      );
    }
    return { compiled: result.compiled, model: result.model, file };
  }
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
