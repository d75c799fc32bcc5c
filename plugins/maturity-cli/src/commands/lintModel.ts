import type { ModelProblem } from '@devops-maturity/plugin-maturity-common';
import { readInputFile } from '../lib/catalogFiles';
import { ExitCode, ExitCodeValue } from '../lib/errors';
import type { CliIo } from '../lib/io';
import { lintModelText, ModelLintResult } from '../lib/models';
import { formatProblem } from '../lib/problems';

/** Options of `maturity lint-model`. */
export interface LintModelOptions {
  format: 'text' | 'json';
  /** Fail (exit 1) on warnings too. */
  strict?: boolean;
}

function problemJson(problem: ModelProblem) {
  return {
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    path: problem.path,
    message: problem.message,
    severity: problem.severity ?? 'error',
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
    languages: [...(result.localized?.languages ?? [])],
  };
}

/** `1 problem`, `2 problems`. */
export const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** One problem of a model file as `file:line:column path: message`. */
export function problemLine(file: string, problem: ModelProblem): string {
  return formatProblem({
    file,
    line: problem.line,
    column: problem.column,
    path: problem.path,
    message:
      problem.severity === 'warning'
        ? `warning: ${problem.message}`
        : problem.message,
  });
}

/**
 * `maturity lint-model <file…>`: validates model files and prints every
 * problem with file, line, column and path, errors and warnings (e.g. texts
 * missing one of the model's declared languages). Exit 1 when any file has
 * an error, or with `strict` a warning.
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
  const warningCount = results.reduce((n, r) => n + r.warnings.length, 0);

  if (options.format === 'json') {
    const json = {
      valid,
      problemCount: results.reduce((n, r) => n + r.problems.length, 0),
      warningCount,
      files: results.map(result => ({
        file: result.file,
        valid: result.problems.length === 0,
        ...(result.model ? { model: summary(result) } : {}),
        problems: result.problems.map(problemJson),
        warnings: result.warnings.map(problemJson),
      })),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const result of results) {
      const all = [...result.problems, ...result.warnings].sort(
        (a, b) =>
          (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
      );
      lines.push(...all.map(problem => problemLine(result.file, problem)));
      const warnings = result.warnings.length
        ? `, ${plural(result.warnings.length, 'warning')}`
        : '';
      if (result.problems.length === 0) {
        const s = summary(result);
        lines.push(
          `${result.file}: valid (${s.id} ${s.version}, ${s.domains} domains, ${s.checks} checks)${warnings}`,
        );
        continue;
      }
      lines.push(
        `${result.file}: ${plural(
          result.problems.length,
          'problem',
        )}${warnings}`,
      );
    }
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!valid) return ExitCode.FAILED;
  return options.strict && warningCount > 0 ? ExitCode.FAILED : ExitCode.OK;
}
