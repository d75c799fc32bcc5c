import { formatEntityPath } from '@devops-maturity/plugin-maturity-common';
import { Document, isMap, isNode, isScalar, LineCounter, Node } from 'yaml';

/** A path into a YAML document as keys and sequence indices. */
export type YamlPath = ReadonlyArray<string | number>;

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

function positionOfNode(
  node: unknown,
  lineCounter: LineCounter,
): Position | undefined {
  if (!isNode(node) || !(node as Node).range) return undefined;
  const { line, col } = lineCounter.linePos((node as Node).range![0]);
  return { line, column: col };
}

/**
 * The position of the value at `path`; of the nearest existing ancestor when
 * the path does not exist (a missing key is reported where its parent is).
 */
export function locateValue(
  document: Document,
  lineCounter: LineCounter,
  path: YamlPath,
): Position | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node =
      depth === 0
        ? document.contents
        : document.getIn(path.slice(0, depth), true);
    const position = positionOfNode(node, lineCounter);
    if (position) return position;
  }
  return undefined;
}

/** The position of the key at the end of `path` (for unknown keys). */
export function locateKey(
  document: Document,
  lineCounter: LineCounter,
  path: YamlPath,
): Position | undefined {
  const parentPath = path.slice(0, -1);
  const parent =
    parentPath.length === 0
      ? document.contents
      : document.getIn(parentPath, true);
  if (isMap(parent)) {
    const last = path[path.length - 1];
    const pair = parent.items.find(
      item =>
        String(isScalar(item.key) ? item.key.value : item.key) === String(last),
    );
    const position = pair && positionOfNode(pair.key, lineCounter);
    if (position) return position;
  }
  return locateValue(document, lineCounter, path);
}

/** Formats a path as `spec.dependsOn[0]` or `metadata.annotations['backstage.io/x']`. */
export const formatPath: (path: YamlPath) => string = formatEntityPath;
