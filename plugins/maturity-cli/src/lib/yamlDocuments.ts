import {
  Composer,
  Document,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  Parser,
} from 'yaml';
import { loadYamlDocumentsFast, loadYamlFast } from './fastYaml';
import { locateKey, locateValue, Position, YamlPath } from './yamlPosition';

/** A YAML error, located. */
export interface YamlError {
  line: number;
  column: number;
  /** `invalid YAML: …`, one line. */
  message: string;
}

/** One document of a YAML file, its value and how to locate its parts. */
export interface YamlDocument {
  /** 1-based index of the document in the file. */
  number: number;
  /** 1-based line where its content starts. */
  line: number;
  /** Its value, null when empty; undefined when it has YAML errors. */
  value?: unknown;
  /** Its YAML errors. */
  yamlErrors: YamlError[];
  /**
   * Where the value at `path` is (the key with `atKey`), or its nearest
   * existing ancestor; undefined when it cannot be told.
   */
  locate(path: YamlPath, atKey?: boolean): Position | undefined;
}

function locateIn(
  document: Document,
  lineCounter: LineCounter,
  path: YamlPath,
  atKey: boolean | undefined,
): Position | undefined {
  return atKey
    ? locateKey(document, lineCounter, path)
    : locateValue(document, lineCounter, path);
}

/**
 * Parses with positions (the `yaml` package). Documents are composed one at a
 * time, so that a large file never holds every syntax tree at once.
 */
function* preciseDocuments(text: string): Iterable<YamlDocument> {
  const lineCounter = new LineCounter();
  const composer = new Composer({ prettyErrors: false });
  let number = 0;
  for (const document of composer.compose(
    new Parser(lineCounter.addNewLine).parse(text),
  )) {
    number += 1;
    const start = document.contents?.range?.[0] ?? document.range[0];
    const parsed = {
      number,
      line: lineCounter.linePos(start).line,
      locate: (path: YamlPath, atKey?: boolean) =>
        locateIn(document, lineCounter, path, atKey),
    };
    yield { ...parsed, ...valueOf(document, lineCounter, parsed.line) };
  }
}

/** The value of a precisely parsed document, or its errors. */
function valueOf(
  document: Document,
  lineCounter: LineCounter,
  line: number,
): { value?: unknown; yamlErrors: YamlError[] } {
  if (document.errors.length > 0) {
    return {
      yamlErrors: document.errors.map(error => {
        const { line: errorLine, col } = lineCounter.linePos(error.pos[0]);
        return {
          line: errorLine,
          column: col,
          message: `invalid YAML: ${error.message.split('\n')[0]}`,
        };
      }),
    };
  }
  try {
    return {
      value: document.contents === null ? null : document.toJS(),
      yamlErrors: [],
    };
  } catch (error) {
    // e.g. too many aliases
    const position = locateValue(document, lineCounter, []);
    return {
      yamlErrors: [
        {
          line: position?.line ?? line,
          column: position?.column ?? 1,
          message: `invalid YAML: ${(error as Error).message}`,
        },
      ],
    };
  }
}

/**
 * Parses without positions (fast); undefined when the text is not plain valid
 * YAML. Positions, needed only for problems, come from a precise parse of the
 * whole file made on the first request.
 */
function fastDocuments(text: string): YamlDocument[] | undefined {
  let loaded;
  try {
    loaded = loadYamlDocumentsFast(text);
  } catch {
    return undefined;
  }
  let precise: { documents: Document[]; lineCounter: LineCounter } | undefined;
  const locate = (index: number, path: YamlPath, atKey?: boolean) => {
    if (!precise) {
      const lineCounter = new LineCounter();
      const documents = parseAllDocuments(text, {
        lineCounter,
        prettyErrors: false,
      });
      precise = {
        documents: Array.isArray(documents) ? documents : [],
        lineCounter,
      };
    }
    const document = precise.documents[index];
    if (!document || document.errors.length > 0) return undefined;
    return locateIn(document, precise.lineCounter, path, atKey);
  };
  return loaded.map(({ value, line }, index) => ({
    number: index + 1,
    line,
    value,
    yamlErrors: [],
    locate: (path, atKey) => locate(index, path, atKey),
  }));
}

/**
 * The documents of a multi-document YAML text (catalog files): read fast when
 * the text is valid YAML, else with the precise parser, which locates every
 * error.
 */
export function readYamlDocuments(text: string): Iterable<YamlDocument> {
  return fastDocuments(text) ?? preciseDocuments(text);
}

/** A single-document YAML text (facts files), read like {@link readYamlDocuments}. */
export function readYamlDocument(text: string): YamlDocument {
  let precise: { document: Document; lineCounter: LineCounter } | undefined;
  const parsePrecisely = () => {
    if (!precise) {
      const lineCounter = new LineCounter();
      const document = parseDocument(text, {
        lineCounter,
        prettyErrors: false,
      });
      precise = { document, lineCounter };
    }
    return precise;
  };
  const locate = (path: YamlPath, atKey?: boolean) => {
    const { document, lineCounter } = parsePrecisely();
    if (document.errors.length > 0) return undefined;
    return locateIn(document, lineCounter, path, atKey);
  };
  try {
    return {
      number: 1,
      line: 1,
      value: loadYamlFast(text),
      yamlErrors: [],
      locate,
    };
  } catch {
    const { document, lineCounter } = parsePrecisely();
    return { number: 1, line: 1, ...valueOf(document, lineCounter, 1), locate };
  }
}
