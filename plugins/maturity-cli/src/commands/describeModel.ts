import fs from 'fs';
import path from 'path';
import { describeModel as describe } from '@devops-maturity/plugin-maturity-common';
import { formatDescriptionMarkdown } from '../describe/formatDescriptionMarkdown';
import { readInputFile } from '../lib/catalogFiles';
import { CliError, ExitCode, ExitCodeValue } from '../lib/errors';
import type { CliIo } from '../lib/io';
import {
  lintModelText,
  modelInLanguage,
  resolveModelFile,
} from '../lib/models';
import { noteLanguageFallback } from '../lib/languageNote';
import { messagesFor } from '../lib/messages';
import { plural, problemLine } from './lintModel';

/** Options of `maturity describe-model`. */
export interface DescribeModelOptions {
  model?: string;
  /** The language of the model's texts and of the description's words (`--lang`). */
  lang?: string;
  format: 'markdown' | 'json';
  output?: string;
  /** Compare with `output` instead of writing it. */
  check?: boolean;
}

/** The command line that writes the same output (without `--check`). */
function commandLine(options: DescribeModelOptions): string {
  const args = ['maturity describe-model'];
  if (options.model !== undefined) args.push(`--model ${options.model}`);
  if (options.lang !== undefined) args.push(`--lang ${options.lang}`);
  if (options.format !== 'markdown') args.push(`--format ${options.format}`);
  if (options.output !== undefined)
    args.push(`--output ${options.output.split(path.sep).join('/')}`);
  return args.join(' ');
}

function readCurrent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * `maturity describe-model`: prints the model as a domain × level matrix of
 * checks with the entity profiles they apply to (Markdown or JSON), writes it
 * to `--output`, or with `--check` exits 1 when `--output` is out of date.
 * A model with problems exits 1, its problems on stderr as `lint-model` shows them.
 */
export function describeModel(
  options: DescribeModelOptions,
  io: CliIo,
): ExitCodeValue {
  if (options.check && options.output === undefined) {
    throw new CliError('--check needs --output <file>, the file to compare');
  }
  const file = resolveModelFile(options.model);
  const result = lintModelText(readInputFile(file, 'model file'), file);
  if (!result.model) {
    const lines = result.problems.map(problem => problemLine(file, problem));
    lines.push(`${file}: ${plural(result.problems.length, 'problem')}`);
    io.stderr.write(`${lines.join('\n')}\n`);
    return ExitCode.FAILED;
  }

  const text = modelInLanguage(result.localized!, options.lang);
  noteLanguageFallback(io, result.model.id, options.lang, text.language);
  const description = describe(text.model);
  const output =
    options.format === 'json'
      ? `${JSON.stringify(description, null, 2)}\n`
      : formatDescriptionMarkdown(
          description,
          commandLine(options),
          messagesFor(options.lang),
        );

  if (options.output === undefined) {
    io.stdout.write(output);
    return ExitCode.OK;
  }
  if (options.check) {
    const current = readCurrent(options.output);
    if (current === output) {
      io.stdout.write(`${options.output}: up to date\n`);
      return ExitCode.OK;
    }
    const { id, version } = description.model;
    io.stderr.write(
      `${options.output} is ${
        current === undefined ? 'missing' : 'stale'
      }: it does not describe model ${id} ${version} as it is now. Regenerate it with: ${commandLine(
        options,
      )}\n`,
    );
    return ExitCode.FAILED;
  }
  try {
    fs.writeFileSync(options.output, output);
  } catch (error) {
    throw new CliError(
      `cannot write ${options.output}: ${(error as Error).message}`,
    );
  }
  return ExitCode.OK;
}
