import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { isUrl } from './locationTargets';
import { staysInside } from './repositoryRoot';
import type { YamlPath } from './yamlPosition';

/** The placeholders resolved offline, as Backstage's placeholder processor does. */
const KINDS = ['$text', '$json', '$yaml'] as const;
type PlaceholderKind = (typeof KINDS)[number];

/** Something to report at a placeholder: its path in the document and the message. */
export interface PlaceholderIssue {
  path: YamlPath;
  message: string;
}

/** The document with its placeholders resolved, and what went wrong. */
export interface PlaceholderResult {
  value: unknown;
  /** Unreadable or unparsable targets: the document is invalid. */
  problems: PlaceholderIssue[];
  /** URL targets: not fetched, the field keeps the URL as its value. */
  warnings: PlaceholderIssue[];
  /** Targets outside the repository root: refused, nothing read. */
  refused: PlaceholderIssue[];
}

/** A quick test on a file's text: whether any document may hold a placeholder. */
export function mayHavePlaceholders(text: string): boolean {
  return /\$(text|json|yaml)\b/.test(text);
}

function placeholderOf(
  value: unknown,
): { kind: PlaceholderKind; target: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const kind = keys[0] as PlaceholderKind;
  const target = (value as Record<string, unknown>)[kind];
  // Like Backstage: any other one-key object, or a non-string target, is left alone.
  if (!KINDS.includes(kind) || typeof target !== 'string') return undefined;
  return { kind, target };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/**
 * Resolves `$text`, `$json` and `$yaml` placeholders (a mapping with that one
 * key and a string target) relative to the catalog file `file`: `$text`
 * becomes the target's text, `$json` and `$yaml` its parsed value. A URL
 * target is not fetched: the field becomes the URL itself (present, not
 * empty) with a warning. A target outside `root` is refused unread.
 */
export function resolvePlaceholders(
  value: unknown,
  file: string,
  root: string,
): PlaceholderResult {
  const result: PlaceholderResult = {
    value,
    problems: [],
    warnings: [],
    refused: [],
  };
  const resolveOne = (
    { kind, target }: { kind: PlaceholderKind; target: string },
    at: YamlPath,
  ): unknown => {
    const where: YamlPath = [...at, kind];
    const named = `${kind} ${target}`;
    if (isUrl(target)) {
      result.warnings.push({
        path: where,
        message: `${named}: URLs are not fetched offline; the field is taken as present, with the URL as its value`,
      });
      return target;
    }
    const absolute = path.resolve(path.dirname(file), target);
    if (!staysInside(root, absolute)) {
      result.refused.push({
        path: where,
        message: `refused ${named}: it resolves outside the repository root (see --root)`,
      });
      return undefined;
    }
    let text: string;
    try {
      text = fs.readFileSync(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      result.problems.push({
        path: where,
        message: `cannot read ${named}: ${
          READ_ERRORS[code] ?? (error as Error).message
        }`,
      });
      return undefined;
    }
    if (kind === '$text') return text;
    const parsed = kind === '$json' ? parseJson(text) : parseYaml(text);
    if ('error' in parsed) {
      result.problems.push({
        path: where,
        message: `cannot parse ${named}: ${parsed.error}`,
      });
      return undefined;
    }
    return parsed.value;
  };
  const resolve = (node: unknown, at: YamlPath): unknown => {
    const placeholder = placeholderOf(node);
    if (placeholder) return resolveOne(placeholder, at);
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined;
      node.forEach((item, index) => {
        const resolved = resolve(item, [...at, index]);
        if (resolved !== item) (copy ??= [...node])[index] = resolved;
      });
      return copy ?? node;
    }
    if (typeof node === 'object' && node !== null) {
      let copy: Record<string, unknown> | undefined;
      for (const [key, item] of Object.entries(node)) {
        const resolved = resolve(item, [...at, key]);
        if (resolved !== item)
          (copy ??= { ...(node as Record<string, unknown>) })[key] = resolved;
      }
      return copy ?? node;
    }
    return node;
  };
  result.value = resolve(value, []);
  return result;
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return {
      error: `invalid JSON: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}

function parseYaml(text: string): { value: unknown } | { error: string } {
  const documents = parseAllDocuments(text, { prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  if (list.length > 1) {
    return { error: 'expected one YAML document, found several' };
  }
  const document = list[0];
  if (!document) return { value: null };
  if (document.errors.length > 0) {
    return {
      error: `invalid YAML: ${document.errors[0].message.split('\n')[0]}`,
    };
  }
  return { value: document.toJS() };
}
