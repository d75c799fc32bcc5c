/**
 * One problem found in a model definition.
 *
 * @public
 */
export interface ModelProblem {
  /** Where in the model, e.g. `domains[3].capabilities[0].checks[2].rule.all[1]`. */
  path: string;
  /** What is wrong. */
  message: string;
  /** 1-based line in the YAML text, when parsed from YAML. */
  line?: number;
  /** 1-based column in the YAML text, when parsed from YAML. */
  column?: number;
  /** The file or config key the model came from. */
  source?: string;
  /**
   * `warning` for problems that do not make the model invalid (e.g. a text
   * missing one of the declared languages); absent means `error`.
   */
  severity?: 'error' | 'warning';
}

/**
 * A path into a model as keys and array indices.
 *
 * @public
 */
export type ModelPath = ReadonlyArray<string | number>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as `domains[3].capabilities[0].checks[2].rule.all[1]`;
 * keys that are not identifiers are written in brackets (`appliesTo['spec.type']`).
 *
 * @public
 */
export function formatModelPath(path: ModelPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (IDENTIFIER.test(segment)) {
      out += out ? `.${segment}` : segment;
    } else {
      out += `['${segment.replace(/'/g, "\\'")}']`;
    }
  }
  return out || '(root)';
}

/**
 * Formats problems as one message, one problem a line, in
 * `source:line:column path: message` form.
 *
 * @public
 */
export function formatModelProblems(
  problems: ReadonlyArray<ModelProblem>,
): string {
  const lines = problems.map(problem => {
    let where = problem.source ?? '';
    if (problem.line !== undefined) {
      where += `${where ? ':' : 'line '}${problem.line}`;
      if (problem.column !== undefined) where += `:${problem.column}`;
    }
    const severity = problem.severity === 'warning' ? 'warning: ' : '';
    return `  ${where ? `${where} ` : ''}${problem.path}: ${severity}${
      problem.message
    }`;
  });
  const count = problems.length;
  return `${count} problem${
    count === 1 ? '' : 's'
  } in maturity model:\n${lines.join('\n')}`;
}

/**
 * Thrown when a model is invalid; carries every problem found.
 *
 * @public
 */
export class ModelValidationError extends Error {
  /** Every problem found. */
  readonly problems: ModelProblem[];

  constructor(problems: ModelProblem[]) {
    super(formatModelProblems(problems));
    this.name = 'ModelValidationError';
    this.problems = problems;
  }
}
