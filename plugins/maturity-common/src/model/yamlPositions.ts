import {
  Document,
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Node,
} from 'yaml';
import type { ModelPath } from './problems';

/** A 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/**
 * Finds the position of the YAML node at a path: the key of the last step
 * when `atKey` is set (unknown keys), else its value; the nearest existing
 * ancestor when the path does not exist (missing keys).
 */
export function positionOf(
  document: Document,
  lineCounter: LineCounter,
  path: ModelPath,
  atKey: boolean,
): TextPosition | undefined {
  let node: unknown = document.contents;
  let located: Node | undefined = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(document);
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        item => String(keyOf(item.key)) === String(segment),
      );
      if (!pair) break;
      const key = pair.key as Node | undefined;
      const value = pair.value as Node | null;
      if (last && atKey) {
        located = key;
        break;
      }
      node = value;
      located = value ?? key;
      if (!value) break;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      located = item;
    } else {
      break;
    }
  }
  const range = located?.range;
  if (!range) return undefined;
  const position = lineCounter.linePos(range[0]);
  return { line: position.line, column: position.col };
}
