import type { ModelProblem } from '@devops-maturity/plugin-maturity-common';
import { readInputFile } from '../lib/catalogFiles';
import { ExitCode, ExitCodeValue } from '../lib/errors';
import type { CliIo } from '../lib/io';
import { lintModelText, ModelLintResult } from '../lib/models';
import { formatProblem } from '../lib/problems';

/** Options of `maturity lint-model`. */
export interface LintModelOptions {
  format: 'text' | 'json';
}

function problemJson(problem: ModelProblem) {
  return {
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    path: problem.path,
    message: problem.message,
  };
}

function summary(result: ModelLintResult) {
  const model = result.model!;
  const checks = model.domains.reduce(
    (sum, domain) =>
      sum + domain.capabilities.reduce((n, c) => n + c.checks.length, 0),
    0,
  );
  return {
    id: model.id,
    title: model.title,
    version: model.version,
    domains: model.domains.length,
    checks,
  };
}

/**
 * `maturity lint-model <file…>`: validates model files and prints every
 * problem with file, line, column and path. Exit 1 when any file has a problem.
 */
export function lintModel(
  files: string[],
  options: LintModelOptions,
  io: CliIo,
): ExitCodeValue {
  // Read every file first, so that an unreadable one fails before any output.
  const texts = files.map(file => ({
    file,
    text: readInputFile(file, 'model file'),
  }));
  const results = texts.map(({ file, text }) => lintModelText(text, file));
  const valid = results.every(result => result.problems.length === 0);

  if (options.format === 'json') {
    const json = {
      valid,
      problemCount: results.reduce((n, r) => n + r.problems.length, 0),
      files: results.map(result => ({
        file: result.file,
        valid: result.problems.length === 0,
        ...(result.model ? { model: summary(result) } : {}),
        problems: result.problems.map(problemJson),
      })),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const result of results) {
      if (result.problems.length === 0) {
        const s = summary(result);
        lines.push(
          `${result.file}: valid (${s.id} ${s.version}, ${s.domains} domains, ${s.checks} checks)`,
        );
        continue;
      }
      for (const problem of result.problems) {
        lines.push(
          formatProblem({
            file: result.file,
            line: problem.line,
            column: problem.column,
            path: problem.path,
            message: problem.message,
          }),
        );
      }
      const count = result.problems.length;
      lines.push(`${result.file}: ${count} problem${count === 1 ? '' : 's'}`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return valid ? ExitCode.OK : ExitCode.FAILED;
}
