/** A problem in an input file, located as precisely as the file allows. */
export interface InputProblem {
  /** The file, as given on the command line. */
  file: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** 1-based index of the YAML document in a multi-document file. */
  document?: number;
  /** Where in the document, e.g. `metadata.name` or `domains[3].checks[0].level`. */
  path?: string;
  /** What is wrong. */
  message: string;
}

/** Formats a problem as `file:line:column [document N] path: message`. */
export function formatProblem(problem: InputProblem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  const document =
    problem.document !== undefined ? ` [document ${problem.document}]` : '';
  const path = problem.path ? ` ${problem.path}:` : ':';
  return `${where}${document}${path} ${problem.message}`;
}

/** Sorts problems by file (first-seen order kept), line and column. */
export function sortProblems(problems: InputProblem[]): InputProblem[] {
  const fileOrder = new Map<string, number>();
  for (const problem of problems) {
    if (!fileOrder.has(problem.file))
      fileOrder.set(problem.file, fileOrder.size);
  }
  return [...problems].sort(
    (a, b) =>
      fileOrder.get(a.file)! - fileOrder.get(b.file)! ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
