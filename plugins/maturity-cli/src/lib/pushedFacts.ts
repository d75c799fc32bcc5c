import { parse, YAMLParseError } from 'yaml';
import type { JsonValue } from '@devops-maturity/plugin-maturity-common';
import { readInputFile } from './catalogFiles';
import { CliError } from './errors';

/** Facts to push, by name. */
export type PushedFacts = Record<string, JsonValue>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `--fact name=value`: the value as JSON when it parses (`87.5`, `true`,
 * `["a"]`, `"007"`), else as the string it is (`main`).
 */
export function parseFactAssignment(assignment: string): [string, JsonValue] {
  const equals = assignment.indexOf('=');
  const name = equals < 0 ? '' : assignment.slice(0, equals).trim();
  if (!name) {
    throw new CliError(
      `--fact '${assignment}' must be name=value, e.g. --fact coverage=87.5`,
    );
  }
  const text = assignment.slice(equals + 1);
  try {
    return [name, JSON.parse(text) as JsonValue];
  } catch {
    return [name, text];
  }
}

/** Checks that a value of the facts file is JSON (no NaN, infinities or other YAML-only values). */
function checkJson(value: unknown, where: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CliError(`${where}: ${value} is not a JSON number`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkJson(item, `${where}[${i}]`));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      checkJson(item, `${where}.${key}`);
    }
  } else if (
    value !== null &&
    !['string', 'number', 'boolean'].includes(typeof value)
  ) {
    throw new CliError(`${where}: not a JSON value`);
  }
}

/**
 * `--facts-file`: a JSON or YAML mapping of fact names to values. Fails
 * (exit 2) with the file, line and column of a syntax error, or the fact
 * whose value is not JSON.
 */
export function readPushedFactsFile(file: string): PushedFacts {
  const text = readInputFile(file, '--facts-file');
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const position =
      error instanceof YAMLParseError && error.linePos
        ? `:${error.linePos[0].line}:${error.linePos[0].col}`
        : '';
    throw new CliError(
      `--facts-file ${file}${position}: not valid JSON or YAML: ${(
        error as Error
      ).message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  if (!isRecord(value)) {
    throw new CliError(
      `--facts-file ${file}: must be a mapping of fact names to values, e.g. { coverage: 87.5, testsPassed: true }`,
    );
  }
  for (const [name, fact] of Object.entries(value)) {
    checkJson(fact, `--facts-file ${file}: ${name}`);
  }
  return value as PushedFacts;
}

/**
 * The facts to push: those of `--facts-file`, then the `--fact` options
 * (which win over the file). A fact given twice with `--fact` fails (exit 2).
 */
export function collectPushedFacts(options: {
  fact?: string[];
  factsFile?: string;
}): PushedFacts {
  const facts: PushedFacts = options.factsFile
    ? readPushedFactsFile(options.factsFile)
    : {};
  const given = new Set<string>();
  for (const assignment of options.fact ?? []) {
    const [name, value] = parseFactAssignment(assignment);
    if (given.has(name)) {
      throw new CliError(`--fact ${name} is given more than once`);
    }
    given.add(name);
    facts[name] = value;
  }
  if (Object.keys(facts).length === 0) {
    throw new CliError(
      'no facts to push: give --fact name=value (repeatable) or --facts-file <json|yaml>',
    );
  }
  return facts;
}
