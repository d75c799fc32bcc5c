import { FAILSAFE_SCHEMA, load, loadAll, Type } from 'js-yaml';

/*
 * Fast YAML loading for large inputs. The `yaml` package keeps a syntax tree
 * with positions, which is what problems need but costs several times more
 * than js-yaml. Inputs are read here first; callers fall back to the precise
 * parser (`yaml`) when this throws or when a problem needs a line and column.
 *
 * Plain scalars resolve like the YAML 1.2 core schema of the `yaml` package
 * (its default), so both parsers give the same values: no timestamps, no
 * `1_000` numbers, no YAML 1.1 `yes`/`no`, no `<<` merge keys.
 */

function plainScalar(
  tag: string,
  pattern: RegExp,
  construct: (text: string) => unknown,
): Type {
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && pattern.test(text),
    construct,
  });
}

function parseFloatScalar(text: string): number {
  const end = text.slice(-3).toLowerCase();
  if (end === 'nan') return NaN;
  if (end === 'inf') return text.startsWith('-') ? -Infinity : Infinity;
  return parseFloat(text);
}

function parseIntScalar(text: string): number {
  if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
  if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
  return Number(text);
}

/** js-yaml schema resolving plain scalars like `yaml`'s core schema. */
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string | null) =>
        text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    plainScalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, text =>
      /^[tT]/.test(text),
    ),
    plainScalar(
      'int',
      /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,
      parseIntScalar,
    ),
    plainScalar(
      'float',
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      parseFloatScalar,
    ),
  ],
});

/** One document of a multi-document YAML text. */
export interface LoadedDocument {
  /** Its value; null for an empty document. */
  value: unknown;
  /** 1-based line where its content starts. */
  line: number;
}

/**
 * Loads a single-document YAML text. Throws on any syntax error, duplicate
 * key or unknown tag: the caller then parses with `yaml` to report it.
 */
export function loadYamlFast(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/**
 * Loads every document of a multi-document YAML text, with the line where
 * each starts. Throws like {@link loadYamlFast}.
 */
export function loadYamlDocumentsFast(text: string): LoadedDocument[] {
  const lines: number[] = [];
  let depth = 0;
  const values = loadAll(text, undefined, {
    schema: CORE_SCHEMA,
    // every node opens and closes; a document's root opens where its content starts
    listener(event, state) {
      if (event === 'close') {
        depth -= 1;
        return;
      }
      if (depth === 0) lines.push(state.line + 1);
      depth += 1;
    },
  });
  if (lines.length !== values.length) {
    throw new Error('could not locate the documents');
  }
  return values.map((value, index) => ({ value, line: lines[index] }));
}
